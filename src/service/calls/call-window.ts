// A window of call log records turned into what a reply needs: every call (deduplicated in company
// views) with its summary, from which any filter can then pick without asking RingCentral again.
import type { CallLogRecord } from '../../ringcentral/types.js';
import type { Call, CallSummary } from '../types.js';
import { onePerSession } from './dedupe.js';
import { type CallSelection, type FilterableCall, matchesSelection } from './filters.js';
import { phoneDigits } from './phone.js';
import { summarize } from './summary.js';
import { toCall } from './to-call.js';
import { unreturnedCallIds } from './unreturned.js';

export interface CallWindow {
  /** Newest first. */
  calls: FilterableCall[];
  summary: CallSummary;
}

export interface WindowOptions {
  /** Company-wide views count each call once. */
  dedupe: boolean;
  /** Whose log the records came from, for records that do not say. */
  extensionId?: string;
  timeZone: string;
}

export function buildCallWindow(records: readonly CallLogRecord[], options: WindowOptions): CallWindow {
  const kept = options.dedupe ? onePerSession(records) : records;
  const numbersById = new Map<string, string[]>();
  const calls: Call[] = kept.map((record) => {
    numbersById.set(
      record.id,
      [record.from?.phoneNumber, record.to?.phoneNumber].map(phoneDigits).filter((n): n is string => n !== undefined),
    );
    return toCall(record, options.extensionId);
  });
  calls.sort((a, b) => b.startTime.getTime() - a.startTime.getTime());
  const unreturned = unreturnedCallIds(calls);
  return {
    calls: calls.map((call) => ({
      call,
      partyNumbers: numbersById.get(call.id) ?? [],
      unreturned: unreturned.has(call.id),
    })),
    summary: summarize(calls, unreturned, options.timeZone),
  };
}

export function selectCalls(window: CallWindow, selection: CallSelection): Call[] {
  return window.calls.filter((item) => matchesSelection(item, selection)).map((item) => item.call);
}
