// The private answer to "/calllog …": what happened in the window, then the calls themselves, 15 to a page.
import type { KnownBlock, SectionBlock } from '@slack/types';
import { encodeListState, type ListState } from '../query/list-state.js';
import { encodePlayButton, RECORDING_ID } from '../query/play-button.js';
import type { TimeWindow } from '../query/types.js';
import type { Call, CallFilter, CallsResult } from '../service/types.js';
import { ACTION_NEXT, ACTION_PLAY, ACTION_PREV, ACTION_SHARE } from './actions.js';
import { breakdownBlocks } from './company-breakdown.js';
import { callDuration, clock, count, dayAndClock, describeParty, describeWindow, plural, spansDays } from './format.js';
import {
  actions,
  button,
  context,
  divider,
  header,
  message,
  packedSections,
  type SlackMessage,
  section,
} from './kit.js';
import { escapeMrkdwn, userText } from './limits.js';
import { perHourChart, summaryFields } from './summary.js';

/** Rows per page: 15 compact rows stay readable and keep the message far from Slack's limits. */
export const CALLS_PER_PAGE = 15;

export interface CallListInput {
  result: CallsResult;
  window: TimeWindow;
  /** The query as a button must replay it; `state.page` is the page shown. */
  state: ListState;
  filters: readonly CallFilter[];
  phoneNumber?: string;
  /** Whose calls, in the reader's words: "Your calls" (default), "Ext 101 · Alice Smith", "Company-wide calls". */
  whose?: string;
}

export function renderCallList(input: CallListInput): SlackMessage {
  const { result, window } = input;
  const calls = result.calls;
  const pages = Math.max(1, Math.ceil(calls.length / CALLS_PER_PAGE));
  // A page past the end (the calls changed since the button was drawn) shows the last page rather than nothing.
  const page = Math.min(Math.max(0, input.state.page), pages - 1);
  const first = page * CALLS_PER_PAGE;
  const shown = calls.slice(first, first + CALLS_PER_PAGE);
  const matching = describeFilters(input);
  const title = listTitle(input, matching);
  const multiDay = spansDays(window);

  // Calls fetched a little before the window's end (shared with others who asked just before) say how fresh they are.
  const asOf = result.asOf ? ` · as of ${clock(result.asOf, window.timeZone)}` : '';
  const blocks: KnownBlock[] = [header(title), context(`${escapeMrkdwn(describeWindow(window))}${asOf}`)];
  if (result.summary.total > 0) {
    blocks.push(summaryFields(result.summary, true));
    const chart = perHourChart(result.summary, multiDay);
    if (chart) blocks.push(chart);
  }
  if (result.breakdown) blocks.push(...breakdownBlocks(result.breakdown));
  blocks.push(divider());

  if (shown.length === 0) {
    blocks.push(section(emptyText(input, matching)));
  } else {
    blocks.push(...rowSections(shown, window.timeZone, multiDay));
    const range = `${count(first + 1)}–${count(first + shown.length)} of ${count(calls.length)}`;
    const recorded = shown.some((c) => c.recordingId) ? ' · 🎙 recorded' : '';
    blocks.push(context(`Page ${count(page + 1)} of ${count(pages)} · calls ${range}${recorded}`));
  }

  const state = { ...input.state, page };
  const buttons = [];
  if (page > 0) buttons.push(button('◀ Prev', ACTION_PREV, encodeListState({ ...state, page: page - 1 })));
  if (page < pages - 1) buttons.push(button('Next ▶', ACTION_NEXT, encodeListState({ ...state, page: page + 1 })));
  buttons.push(button('Share in channel', ACTION_SHARE, encodeListState(state)));
  blocks.push(actions('calllog_list_actions', buttons));

  return message(fallbackText(input, title, shown.length === 0 ? undefined : `Page ${page + 1} of ${pages}.`), blocks);
}

/**
 * The rows as sections: unrecorded rows packed together, each recorded row a section of its own with a ▶ button, so
 * a page of 15 rows stays at most 15 blocks.
 */
function rowSections(calls: readonly Call[], zone: string, withDate: boolean): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let plain: string[] = [];
  const flush = () => {
    if (plain.length > 0) sections.push(...packedSections(plain));
    plain = [];
  };
  for (const [row, call] of calls.entries()) {
    const line = callRow(call, zone, withDate);
    // Ids RingCentral spelled in a way a button cannot carry get no button, rather than no list.
    const playable =
      call.recordingId !== undefined && RECORDING_ID.test(call.id) && RECORDING_ID.test(call.recordingId);
    if (!playable || call.recordingId === undefined) {
      plain.push(line);
      continue;
    }
    flush();
    const value = encodePlayButton({ callRecordId: call.id, recordingId: call.recordingId });
    sections.push({ ...section(line), accessory: button('▶ Play', `${ACTION_PLAY}:${row}`, value) });
  }
  flush();
  return sections;
}

/** "14:32  ↙ *Alice Smith* +14155550100 · 3:12 · Missed 🎙" — one line, bounded whatever RingCentral sends. */
function callRow(call: Call, zone: string, withDate: boolean): string {
  const when = withDate ? dayAndClock(call.startTime, zone) : clock(call.startTime, zone);
  const arrow = call.direction === 'Inbound' ? '↙' : '↗';
  const fax = call.type === 'Fax' ? ' 📠' : '';
  const result = userText(call.result || call.outcome, 30);
  const shownResult = call.outcome === 'missed' || call.outcome === 'voicemail' ? `*${result}*` : result;
  const recorded = call.recordingId ? ' 🎙' : '';
  return `\`${when}\`  ${arrow}${fax} ${describeParty(call.otherParty)} · ${callDuration(call.durationSec)} · ${shownResult}${recorded}`;
}

/** "Your calls · today · missed": plain text, cut to the header limit by `header`. */
function listTitle(input: CallListInput, matching: string): string {
  return `${input.whose ?? 'Your calls'} · ${input.window.label}${matching ? ` · ${matching}` : ''}`;
}

/** "missed · inbound · +14155550100", or "" when every call is wanted. Plain text. */
function describeFilters(input: CallListInput): string {
  return [...input.filters, ...(input.phoneNumber ? [input.phoneNumber] : [])].join(' · ');
}

function emptyText(input: CallListInput, matching: string): string {
  const { summary } = input.result;
  if (summary.total === 0 || matching === '') return 'No calls in this window.';
  return `No calls match *${escapeMrkdwn(matching)}* in this window (${plural(summary.total, 'call')} in all).`;
}

function fallbackText(input: CallListInput, title: string, pageNote: string | undefined): string {
  const { summary } = input.result;
  const totals = `${plural(summary.total, 'call')}, ${count(summary.missed)} missed, ${count(summary.unreturned)} unreturned`;
  return pageNote ? `${title}: ${totals}. ${pageNote}` : `${title}: ${totals}. No matching calls.`;
}
