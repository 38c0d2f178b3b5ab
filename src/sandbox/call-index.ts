// Date-range lookups over the call log without scanning it: records are kept newest first with their start
// times in a parallel array, so a window is two binary searches away.
import type { SandboxCallRecord } from './types.js';

export interface CallList {
  /** Newest first. */
  records: SandboxCallRecord[];
  /** startTime in ms, same order. */
  starts: Float64Array;
}

export interface CallIndex {
  account: CallList;
  byExtension: Map<string, CallList>;
  recordings: Map<string, SandboxCallRecord>;
  /** Every record by its call record id. */
  byId: Map<string, SandboxCallRecord>;
}

export function indexCalls(records: SandboxCallRecord[]): CallIndex {
  const perExtension = new Map<string, SandboxCallRecord[]>();
  const recordings = new Map<string, SandboxCallRecord>();
  const byId = new Map<string, SandboxCallRecord>();
  for (const record of records) {
    byId.set(record.id, record);
    const key = String(record.extension.id);
    const list = perExtension.get(key);
    if (list) list.push(record);
    else perExtension.set(key, [record]);
    if (record.recording) recordings.set(record.recording.id, record);
  }
  const byExtension = new Map<string, CallList>();
  for (const [id, list] of perExtension) byExtension.set(id, callList(list));
  return { account: callList(records), byExtension, recordings, byId };
}

export function callList(records: SandboxCallRecord[]): CallList {
  const starts = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) starts[i] = Date.parse(records[i]?.startTime ?? '');
  return { records, starts };
}

/** Index range [first, end) of the records with fromMs <= start < toMs. */
export function windowOf(list: CallList, fromMs: number, toMs: number): { first: number; end: number } {
  // Newest first: indexes grow as start times fall.
  return { first: firstBelow(list.starts, toMs), end: firstBelow(list.starts, fromMs) };
}

/** The first index whose start is < limit (starts descending). */
function firstBelow(starts: Float64Array, limit: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < limit) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
