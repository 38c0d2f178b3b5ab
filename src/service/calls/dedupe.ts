// In company-wide views one call can appear once per extension it touched (a call queue rings several
// people; an internal call is one record per side). It counts once: one record per session — an answered
// one if any, and the receiving side over the calling side, so a colleague's missed call stays missed.
import type { CallLogRecord } from '../../ringcentral/types.js';
import { callOutcome } from './outcome.js';
import { sessionKeyOf } from './to-call.js';

export function onePerSession(records: readonly CallLogRecord[]): CallLogRecord[] {
  const kept = new Map<string, CallLogRecord>();
  for (const record of records) {
    const key = sessionKeyOf(record);
    const current = kept.get(key);
    if (!current || rank(record) > rank(current)) kept.set(key, record);
  }
  return [...kept.values()];
}

function rank(record: CallLogRecord): number {
  const answered = callOutcome(record.direction, record.result) === 'answered';
  return (answered ? 2 : 0) + (record.direction === 'Inbound' ? 1 : 0);
}
