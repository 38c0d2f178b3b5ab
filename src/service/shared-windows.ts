// One fetch of a log serves every window that starts at the same moment and ends at or before the fetch's end:
// "/calllog today" typed by many people a second apart differs only in where "now" falls, and RingCentral allows
// 10 call-log requests a minute. Asks arriving while a fetch runs join it; a later ask within the freshness period
// is served from it, cut at its own end, and told how old the data is.
import type { WaitListener } from '../ringcentral/pipeline.js';
import type { CallLogRecord } from '../ringcentral/types.js';

/** The records of one fetch, by the extension whose log each belongs to ("" for none). */
export type RecordsByExtension = ReadonlyMap<string, readonly CallLogRecord[]>;

export interface SharedFetch {
  byExtension: RecordsByExtension;
  requests: number;
}

export interface SharedSlice {
  /** Records with from ≤ start < to, newest first as RingCentral sent them. */
  records: CallLogRecord[];
  /** The requests this ask caused (0 when it joined or reused a fetch). */
  requests: number;
  /** Set when the data ends noticeably before the ask's `to` (a reused fetch): the data is as of this moment. */
  asOf?: Date;
}

export interface SharedWindowsOptions {
  now: () => number;
  /** How long a finished fetch is reused. */
  ttlMs: number;
  /** Data ending this much before the ask's end is reported with its "as of" time. */
  staleAfterMs?: number;
}

interface Entry {
  fromMs: number;
  toMs: number;
  value: Promise<SharedFetch>;
  settledAt?: number;
}

export class SharedWindows {
  readonly #entries = new Map<string, Entry[]>();
  readonly #options: SharedWindowsOptions;

  constructor(options: SharedWindowsOptions) {
    this.#options = options;
  }

  /**
   * The records of `extensionId` (or of everyone when undefined) in [from, to) of the log named `log`, from a fetch
   * shared with every ask of the same log and start; `fetch(from, to)` reads the log when none can serve.
   */
  async slice(
    log: string,
    request: { from: Date; to: Date; extensionId?: string },
    fetch: (from: Date, to: Date, onWait?: WaitListener) => Promise<SharedFetch>,
    onWait?: WaitListener,
  ): Promise<SharedSlice> {
    const fromMs = request.from.getTime();
    const toMs = request.to.getTime();
    const { entry, fresh } = this.#entryFor(log, fromMs, toMs, () => fetch(request.from, request.to, onWait));
    const { byExtension, requests } = await entry.value;
    const source =
      request.extensionId === undefined
        ? [...byExtension.values()].flat()
        : (byExtension.get(request.extensionId) ?? []);
    const records = source.filter((record) => {
      const start = Date.parse(record.startTime);
      return start >= fromMs && start < toMs;
    });
    const staleAfterMs = this.#options.staleAfterMs ?? 10_000;
    const slice: SharedSlice = { records, requests: fresh ? requests : 0 };
    if (toMs - entry.toMs > staleAfterMs) slice.asOf = new Date(entry.toMs);
    return slice;
  }

  #entryFor(log: string, fromMs: number, toMs: number, load: () => Promise<SharedFetch>) {
    const now = this.#options.now();
    const { ttlMs } = this.#options;
    const alive = (e: Entry) => e.settledAt === undefined || now - e.settledAt < ttlMs;
    // Every log's stale fetches go, not just this one's: a month of the company's records must not linger.
    for (const [key, list] of this.#entries) {
      const kept = list.filter(alive);
      if (kept.length === 0) this.#entries.delete(key);
      else if (kept.length !== list.length) this.#entries.set(key, kept);
    }
    const entries = this.#entries.get(log) ?? [];
    // The fetch reaching furthest that can serve: it covers the ask, or is recent enough to stand for it.
    const usable = entries
      .filter((e) => e.fromMs === fromMs && (e.toMs >= toMs || toMs - e.toMs <= ttlMs))
      .sort((a, b) => b.toMs - a.toMs)[0];
    if (usable) {
      this.#entries.set(log, entries);
      return { entry: usable, fresh: false };
    }
    const entry: Entry = { fromMs, toMs, value: load() };
    entries.push(entry);
    this.#entries.set(log, entries);
    entry.value.then(
      () => {
        entry.settledAt = this.#options.now();
      },
      () => {
        // A failed fetch is forgotten at once, so the next ask tries again.
        const list = this.#entries.get(log);
        if (list)
          this.#entries.set(
            log,
            list.filter((e) => e !== entry),
          );
      },
    );
    return { entry, fresh: true };
  }
}

/** Records grouped by the extension whose log holds them. */
export function groupByExtension(records: readonly CallLogRecord[]): Map<string, CallLogRecord[]> {
  const groups = new Map<string, CallLogRecord[]>();
  for (const record of records) {
    const id = record.extension?.id === undefined ? '' : String(record.extension.id);
    const group = groups.get(id);
    if (group) group.push(record);
    else groups.set(id, [record]);
  }
  return groups;
}
