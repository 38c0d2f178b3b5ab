// Hand-built inputs for the Block Kit builders, and a way to read a message as a user would.

import type { SlackMessage } from '../../../src/blocks/kit.js';
import type { ListState } from '../../../src/query/list-state.js';
import type { TimeWindow } from '../../../src/query/types.js';
import type { Call, CallSummary, CallsResult } from '../../../src/service/types.js';

export const LA = 'America/Los_Angeles';

/** "today" on Thu 2026-01-15 in Los Angeles (PST, UTC−8), asked at 14:32. */
export const TODAY: TimeWindow = {
  from: new Date('2026-01-15T08:00:00Z'),
  to: new Date('2026-01-15T22:32:00Z'),
  label: 'today',
  timeZone: LA,
};

export function makeCall(overrides: Partial<Call> = {}): Call {
  return {
    id: 'c1',
    sessionKey: 's1',
    startTime: new Date('2026-01-15T17:05:00Z'), // 09:05 PST
    durationSec: 192,
    direction: 'Inbound',
    type: 'Voice',
    result: 'Accepted',
    outcome: 'answered',
    otherParty: { name: 'Alice Smith', phoneNumber: '+14155550100' },
    ...overrides,
  };
}

/** `n` calls a minute apart, newest first, every third one missed and every fifth recorded. */
export function makeCalls(n: number, start = TODAY.to): Call[] {
  return Array.from({ length: n }, (_, i) =>
    makeCall({
      id: `c${i}`,
      sessionKey: `s${i}`,
      startTime: new Date(start.getTime() - (i + 1) * 60_000),
      direction: i % 2 === 0 ? 'Inbound' : 'Outbound',
      outcome: i % 3 === 0 ? 'missed' : 'answered',
      result: i % 3 === 0 ? 'Missed' : 'Call connected',
      otherParty: { name: `Caller ${i}`, phoneNumber: `+1415555${String(i).padStart(4, '0')}` },
      ...(i % 5 === 0 ? { recordingId: `r${i}` } : {}),
    }),
  );
}

export function makeSummary(overrides: Partial<CallSummary> = {}): CallSummary {
  const perHour = Array.from({ length: 24 }, () => 0);
  perHour[9] = 3;
  perHour[14] = 7;
  return {
    total: 10,
    inbound: 6,
    outbound: 4,
    answered: 7,
    missed: 3,
    voicemail: 1,
    unreturned: 2,
    recorded: 2,
    talkTimeSec: 3725,
    perHour,
    ...overrides,
  };
}

export function makeResult(calls: Call[], summary: Partial<CallSummary> = {}): CallsResult {
  return {
    calls,
    summary: makeSummary({ total: Math.max(calls.length, summary.total ?? 0), ...summary }),
    requests: 1,
  };
}

export function pageState(page = 0, window: TimeWindow = TODAY): ListState {
  return {
    when: { kind: 'today' },
    from: window.from.getTime(),
    to: window.to.getTime(),
    tz: window.timeZone,
    filters: [],
    audience: { kind: 'mine' },
    page,
  };
}

/** Every string a reader sees, in order: header, section and field text, context, button labels. */
export function visibleText(message: SlackMessage): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    if ((obj.type === 'plain_text' || obj.type === 'mrkdwn') && typeof obj.text === 'string') texts.push(obj.text);
    for (const [key, value] of Object.entries(obj)) if (key !== 'value') walk(value);
  };
  walk(message.blocks);
  return texts.join('\n');
}

/** The buttons of a message, by action id. */
export function buttons(message: SlackMessage): Map<string, { label: string; value: string }> {
  const found = new Map<string, { label: string; value: string }>();
  for (const block of message.blocks) {
    if (block.type !== 'actions') continue;
    for (const el of block.elements) {
      if (el.type === 'button' && el.action_id) found.set(el.action_id, { label: el.text.text, value: el.value ?? '' });
    }
  }
  return found;
}
