// "/calllog active": calls in progress right now.

import type { KnownBlock } from '@slack/types';
import type { ActiveCall } from '../service/types.js';
import { describeExtension } from './company-breakdown.js';
import { callDuration, clock, count, describeParty, plural } from './format.js';
import { context, header, message, packedSections, type SlackMessage, section } from './kit.js';

/** Company-wide there can be hundreds; past this many rows the rest are counted, not listed. */
export const MAX_ACTIVE_ROWS = 60;

export interface ActiveCallsContext {
  timeZone: string;
  now: Date;
  /** Whose calls, in the reader's words: "Your calls" (default), "Company-wide calls". */
  whose?: string;
}

export function renderActiveCalls(calls: readonly ActiveCall[], ctx: ActiveCallsContext): SlackMessage {
  const title = `${ctx.whose ?? 'Your calls'} · in progress`;
  if (calls.length === 0) {
    return message(`${title}: no calls in progress.`, [header(title), section('No calls in progress right now.')]);
  }
  const longestFirst = [...calls].sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
  const rows = longestFirst.slice(0, MAX_ACTIVE_ROWS).map((call) => activeRow(call, ctx));
  const blocks: KnownBlock[] = [header(title), ...packedSections(rows)];
  const notes = [`As of ${clock(ctx.now, ctx.timeZone)} ${ctx.timeZone}`];
  if (calls.length > rows.length)
    notes.push(`showing the ${count(rows.length)} longest of ${count(calls.length)} calls`);
  blocks.push(context(notes.join(' · ')));
  return message(`${title}: ${plural(calls.length, 'call')}.`, blocks);
}

/** "↙ *Alice Smith* +14155550100 · since 14:30 · 3:12 so far"; company-wide it starts with who is on it: "*Bob Lee* ext 102: ↙ …" */
function activeRow(call: ActiveCall, ctx: ActiveCallsContext): string {
  const arrow = call.direction === 'Inbound' ? '↙' : '↗';
  const elapsed = callDuration((ctx.now.getTime() - call.startTime.getTime()) / 1000);
  const onCall = call.extension ? `${describeExtension(call.extension)}: ` : '';
  return `${onCall}${arrow} ${describeParty(call.otherParty)} · since ${clock(call.startTime, ctx.timeZone)} · ${elapsed} so far`;
}
