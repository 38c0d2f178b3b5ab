// The App Home tab (a `home` view for views.publish): who the user is to Call Log, today's counts, the commands
// they may use, and for admins the permissions summary. A part that could not be loaded shows the message that
// explains why, so the tab is never empty. Within Slack's view limits by construction.
import type { HomeView, KnownBlock } from '@slack/types';
import type { TimeWindow } from '../query/types.js';
import type { CallSummary, Extension, PermissionsReport } from '../service/types.js';
import { clock, describeWindow } from './format.js';
import type { SlackMessage } from './kit.js';
import { context, divider, header, section } from './kit.js';
import { escapeMrkdwn, MAX_VIEW_BLOCKS, userText } from './limits.js';
import { mention } from './mention.js';
import { scopesSummaryBlocks } from './scopes.js';
import { summaryFields } from './summary.js';

/** One part of the home: loaded, or the message that says why not. */
export type HomePart<T> = { ok: true; value: T } | { ok: false; explanation: SlackMessage };

export interface HomeInput {
  slackUserId: string;
  isAdmin: boolean;
  zone: HomePart<{ timeZone: string; source: 'slack' | 'default' | 'utc' }>;
  extension: HomePart<Extension>;
  /** Absent when there is nothing to count for (not linked). */
  today?: HomePart<{ window: TimeWindow; summary: CallSummary }>;
  /** Admins only. */
  scopes?: HomePart<PermissionsReport>;
}

const ZONE_SOURCE = {
  slack: 'from your Slack profile',
  default: 'the workspace default; your Slack profile sets none',
  utc: 'UTC, as neither your Slack profile nor the bot sets one',
} as const;

const FENCE = '```';

const MEMBER_COMMANDS = [
  '/calllog today          your calls today (or yesterday, last 7 days, 2026-03-02 …)',
  '/calllog today missed   also answered · voicemail · unreturned · inbound · outbound',
  '/calllog active         your calls in progress',
  '/calllog recording ID   a private, expiring link to a recording',
  '/calllog whoami         your extension and time zone',
  '/calllog help           everything the command understands',
];

const ADMIN_COMMANDS = [
  '/calllog all            the whole company’s calls, with any “when” and filter',
  '/calllog ext 101        one extension’s calls',
  '/calllog @someone       a colleague’s calls',
  '/calllog active all     calls in progress company-wide',
  '/calllog scopes         the bot’s RingCentral permissions, and how to fix them',
];

export function renderHome(input: HomeInput): HomeView {
  const blocks: KnownBlock[] = [header('Call Log'), ...whoBlocks(input)];
  if (input.today) blocks.push(...todayBlocks(input.today));
  blocks.push(divider(), ...commandBlocks(input.isAdmin));
  if (input.scopes) {
    blocks.push(
      divider(),
      ...(input.scopes.ok ? scopesSummaryBlocks(input.scopes.value) : input.scopes.explanation.blocks),
    );
  }
  return homeView(blocks);
}

/** When even the parts could not be put together: the home says so rather than stay blank or stale. */
export function renderHomeFailure(explanation: SlackMessage): HomeView {
  return homeView([header('Call Log'), ...explanation.blocks, context('Reopen this tab to try again.')]);
}

function whoBlocks(input: HomeInput): KnownBlock[] {
  const { extension, zone } = input;
  const lines = [`Hi ${mention(input.slackUserId)}${input.isAdmin ? ' — you are a Call Log admin' : ''}.`];
  if (extension.ok) {
    const e = extension.value;
    lines.push(`*Your RingCentral extension:* ${userText(e.extensionNumber, 20)} · ${userText(e.name, 100)}`);
  }
  if (zone.ok) {
    lines.push(`*Your time zone:* ${userText(zone.value.timeZone, 64)} (${ZONE_SOURCE[zone.value.source]})`);
  }
  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  if (!extension.ok) blocks.push(...extension.explanation.blocks);
  else if (!zone.ok) blocks.push(...zone.explanation.blocks);
  return blocks;
}

function todayBlocks(today: NonNullable<HomeInput['today']>): KnownBlock[] {
  if (!today.ok)
    return [section("*Today so far*\nYour counts for today couldn't be loaded:"), ...today.explanation.blocks];
  const { window, summary } = today.value;
  return [
    section(`*Today so far* · ${escapeMrkdwn(describeWindow(window))}`),
    summaryFields(summary, true),
    context(
      `Counted up to ${clock(window.to, window.timeZone)} · reopen this tab to refresh · \`/calllog today\` lists the calls`,
    ),
  ];
}

function commandBlocks(isAdmin: boolean): KnownBlock[] {
  const code = (lines: readonly string[]) => `${FENCE}${escapeMrkdwn(lines.join('\n'))}${FENCE}`;
  const blocks: KnownBlock[] = [section(`*What you can ask*\n${code(MEMBER_COMMANDS)}`)];
  if (isAdmin) blocks.push(section(`*As an admin, also*\n${code(ADMIN_COMMANDS)}`));
  blocks.push(context('Replies to `/calllog` are visible only to you. Words can come in any order.'));
  return blocks;
}

/** A home view of at most 100 blocks; past that (no part is that long), the reader is told. */
function homeView(blocks: KnownBlock[]): HomeView {
  const fitted =
    blocks.length <= MAX_VIEW_BLOCKS
      ? blocks
      : [...blocks.slice(0, MAX_VIEW_BLOCKS - 1), context('_This tab was shortened to fit Slack’s 100-block limit._')];
  return { type: 'home', blocks: fitted };
}
