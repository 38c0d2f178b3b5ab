// Remembers answers, as promises, for a while: identical concurrent asks share one load, and a failed load is
// forgotten at once so the next ask tries again. Paging through a window must not spend RingCentral's Heavy
// budget (10 requests a minute) again, and a burst of commands from one user should cost one users.info and
// one extension lookup.

export interface TtlCacheOptions<V> {
  /** How long an answer stays fresh once it arrived; may depend on the answer (a miss is kept for less time). */
  ttlMs: number | ((value: V) => number);
  now?: () => number;
  /** Forget the oldest entries beyond this many. */
  maxEntries?: number;
}

export class TtlCache<V> {
  readonly #entries = new Map<string, { expiresAt: number; value: Promise<V> }>();
  readonly #ttlMs: (value: V) => number;
  readonly #now: () => number;
  readonly #maxEntries: number;

  constructor(options: TtlCacheOptions<V>) {
    const { ttlMs } = options;
    this.#ttlMs = typeof ttlMs === 'number' ? () => ttlMs : ttlMs;
    this.#now = options.now ?? Date.now;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  /** The cached value for `key`, else `load()`'s. `hit` says which. */
  get(key: string, load: () => Promise<V>): { value: Promise<V>; hit: boolean } {
    this.#prune(this.#now());
    const entry = this.#entries.get(key);
    if (entry) return { value: entry.value, hit: true };
    const value = load();
    // Until it settles, the load in flight is the answer for everyone asking.
    this.#entries.set(key, { expiresAt: Number.POSITIVE_INFINITY, value });
    value.then(
      (v) => {
        if (this.#entries.get(key)?.value === value)
          this.#entries.set(key, { expiresAt: this.#now() + this.#ttlMs(v), value });
      },
      () => {
        if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
      },
    );
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    return { value, hit: false };
  }

  #prune(at: number): void {
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= at) this.#entries.delete(key);
  }
}
