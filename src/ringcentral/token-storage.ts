// The SDK keeps tokens in a localStorage-like object, by default one shared by every SDK instance in the
// process. Each client gets its own, in memory only, so two bots (or two tests) never swap sessions.

export class MemoryTokenStorage {
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

  /** The SDK's cache lists keys this way when the storage offers it. */
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
