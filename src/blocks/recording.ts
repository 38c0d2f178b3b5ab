// The private answer to `/calllog recording ID` and to a ▶ button: which call the recording belongs to (when, who,
// how long, what kind) and a link, for this user only, that expires. Never posted in a channel.

import { tz } from '@date-fns/tz';
import type { Button } from '@slack/types';
import { differenceInCalendarDays, format } from 'date-fns';
import type { Call, Extension } from '../service/types.js';
import { ACTION_OPEN_RECORDING } from './actions.js';
import { callDuration, clock, describeParty, phoneNumber } from './format.js';
import { actions, context, fields, header, message, type SlackMessage } from './kit.js';
import { escapeMrkdwn, MAX_BUTTON_TEXT, userText } from './limits.js';

export interface RecordingLinkInput {
  call: Call;
  recording: { id: string; durationSec: number };
  link: { url: string; expiresAt: Date };
  /** The reader's zone: every time shown is in it. */
  timeZone: string;
  now: Date;
  /** Whose call it is, when an admin opened someone's (a member's is always their own). */
  owner?: Pick<Extension, 'extensionNumber' | 'name'>;
}

/** Slack's cap on a button's URL. */
const MAX_BUTTON_URL = 3000;

export function renderRecordingLink(input: RecordingLinkInput): SlackMessage {
  const { call, link, timeZone } = input;
  const when = describeWhen(call.startTime, input.now, timeZone);
  const expires = clock(link.expiresAt, timeZone);
  const minutes = Math.max(1, Math.round((link.expiresAt.getTime() - input.now.getTime()) / 60_000));
  const direction = call.direction === 'Inbound' ? '↙ from' : '↗ to';
  const items = [
    `*When*\n${escapeMrkdwn(when)} (${userText(timeZone, 64)})`,
    `*Who*\n${direction} ${describeParty(call.otherParty)}`,
    `*Duration*\n${callDuration(call.durationSec)}`,
    `*Type*\n${call.direction} ${call.type === 'Fax' ? 'fax' : 'call'} · ${userText(call.result || call.outcome, 40)}`,
    ...(input.owner
      ? [`*Extension*\n${userText(input.owner.extensionNumber, 20)} · ${userText(input.owner.name, 100)}`]
      : []),
  ];
  const play: Button = {
    type: 'button',
    text: { type: 'plain_text', text: '▶ Play recording'.slice(0, MAX_BUTTON_TEXT), emoji: true },
    action_id: ACTION_OPEN_RECORDING,
    url: link.url.slice(0, MAX_BUTTON_URL),
    style: 'primary',
  };
  const who = describePartyPlain(call.otherParty);
  // The link stays out of the fallback text: Slack may preview a URL it finds in text, and this one plays audio.
  const text =
    `Recording of the call ${call.direction === 'Inbound' ? 'from' : 'to'} ${who}, ${when} (${callDuration(call.durationSec)}). ` +
    `Its private link expires at ${expires}.`;
  return message(text, [
    header(`🎙 Recording · ${when}`),
    fields(items),
    actions('calllog_recording_link', [play]),
    context(
      `:lock: This link is for you alone — don't share it. It expires at *${expires}* (in ${minutes} min); \`/calllog recording ${userText(input.recording.id, 64)}\` gives a new one.`,
    ),
  ]);
}

/** "Today 14:32", "Yesterday 09:05", "Tue Mar 10 14:32": plain text. */
function describeWhen(start: Date, now: Date, timeZone: string): string {
  const within = { in: tz(timeZone) };
  const days = differenceInCalendarDays(now, start, within);
  const day = days === 0 ? 'Today' : days === 1 ? 'Yesterday' : format(start, 'EEE MMM d', within);
  return `${day} ${clock(start, timeZone)}`;
}

function describePartyPlain(party: Call['otherParty']): string {
  const number = party.phoneNumber
    ? phoneNumber(party.phoneNumber)
    : party.extensionNumber
      ? `ext ${party.extensionNumber}`
      : '';
  return [party.name?.trim(), number].filter(Boolean).join(' ') || 'an unknown number';
}
