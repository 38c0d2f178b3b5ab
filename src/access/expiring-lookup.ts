// Remember answers for a while and share the one in flight, so a burst of commands from one user costs one
// users.info and one extension lookup. Failures are not remembered: the next request tries again.

export interface ExpiringLookupOptions<V> {
  /** How long an answer stays fresh; may depend on the answer (a miss is kept for less time). */
  ttlMs: (value: V) => number;
  now?: () => number;
  /** Forget the oldest entries beyond this many. */
  maxEntries?: number;
}

export function createExpiringLookup<K, V>(load: (key: K) => Promise<V>, options: ExpiringLookupOptions<V>): (key: K) => Promise<V> {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 10_000;
  const entries = new Map<K, { value: Promise<V>; expiresAt: number }>();

  return (key) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt > now()) return entry.value;
    const value = load(key);
    // Until it settles, the lookup in flight is the answer for everyone asking.
    entries.set(key, { value, expiresAt: Number.POSITIVE_INFINITY });
    value.then(
      (v) => {
        if (entries.get(key)?.value === value) entries.set(key, { value, expiresAt: now() + options.ttlMs(v) });
      },
      () => {
        if (entries.get(key)?.value === value) entries.delete(key);
      },
    );
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    return value;
  };
}
