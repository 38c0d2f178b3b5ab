// A few seconds' memory of answers, so paging through the same window does not spend RingCentral's
// Heavy budget (10 requests a minute) again. It holds promises: identical concurrent asks share one fetch.

export class TtlCache<V> {
  readonly #entries = new Map<string, { expiresAt: number; value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** The cached value for `key`, else `load()`'s (a failed load is forgotten at once). `hit` says which. */
  get(key: string, load: () => Promise<V>): { value: Promise<V>; hit: boolean } {
    const at = this.now();
    this.#prune(at);
    const entry = this.#entries.get(key);
    if (entry) return { value: entry.value, hit: true };
    const value = load();
    this.#entries.set(key, { expiresAt: at + this.ttlMs, value });
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    return { value, hit: false };
  }

  #prune(at: number): void {
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= at) this.#entries.delete(key);
  }
}
