// A small seeded PRNG (mulberry32): the synthetic company must be the same for the same seed on every machine.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key by weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  // Cumulative tables per weights object: picking is hot when generating 100 000 calls.
  const tables = new WeakMap<object, { keys: string[]; edges: number[] }>();
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T extends string>(weights: Readonly<Record<T, number>>): T => {
      let table = tables.get(weights);
      if (!table) {
        const entries = Object.entries(weights) as Array<[string, number]>;
        const total = entries.reduce((sum, [, w]) => sum + w, 0);
        let sum = 0;
        table = { keys: entries.map(([key]) => key), edges: entries.map(([, w]) => (sum += w / total)) };
        tables.set(weights, table);
      }
      const roll = next();
      const index = table.edges.findIndex((edge) => roll < edge);
      return table.keys[index === -1 ? table.keys.length - 1 : index] as T;
    },
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to derive per-item seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
