// The SDK keeps tokens in a localStorage-like object, by default one shared by every SDK instance in the
// process. Each client gets its own, in memory only, so two bots (or two tests) never swap sessions.

/** The Web Storage interface the SDK's `localStorage` option names, member for member. */
export interface WebStorage {
  readonly length: number;
  clear(): void;
  getItem(key: string): string | null;
  key(index: number): string | null;
  removeItem(key: string): void;
  setItem(key: string, value: string): void;
}

export class MemoryTokenStorage implements WebStorage {
  readonly #items = new Map<string, string>();

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }

  /** The SDK's cache lists keys this way when the storage offers it (a Map's keys are not enumerable). */
  keys(): string[] {
    return [...this.#items.keys()];
  }

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
}
