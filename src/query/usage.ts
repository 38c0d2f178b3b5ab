// The help text. Plain text without mrkdwn markers, so it reads the same in a code block or outside one.
import { MAX_DAYS, MAX_HOURS } from './limits.js';

export const USAGE = `/calllog [when] [filters] [whose]
  when     today (default) · yesterday · this week · last week · this month · last month
           · last N days (N = 1–${MAX_DAYS}) · last N hours (N = 1–${MAX_HOURS}) · Nd · Nh
           · YYYY-MM-DD · YYYY-MM-DD..YYYY-MM-DD (up to ${MAX_DAYS} days)
           · monday … sunday (the most recent, today included)
  filters  missed · answered · voicemail · unreturned · inbound · outbound · recorded · voice · fax
           · a phone number: +14155550100, (415) 555-0100, 4155550100
  whose    mine (default) · all · ext 101 · @someone (admins only)
/calllog active [all]      calls in progress now (yours; all: admins only)
/calllog recording ID      a private, expiring link to a recording
/calllog scopes            the bot's RingCentral permissions and what each unlocks (admins)
/calllog whoami            your RingCentral extension and time zone
/calllog help              this text
Words can come in any order. Days follow your Slack time zone; weeks start on Monday (ISO).`;
