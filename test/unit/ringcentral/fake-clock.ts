// A clock whose timers fire only when the test says so: throttle waits of a minute take no real time.

export class FakeClock {
  #now = 0;
  #timers: Array<{ at: number; fire: () => void }> = [];

  readonly now = (): number => this.#now;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.#timers.push({ at: this.#now + ms, fire: resolve });
    });

  /** Lets pending promise callbacks run (no timers fire). */
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Fires timers in time order until none is left, or until `until` (ms) is reached. */
  async run(until = Number.POSITIVE_INFINITY): Promise<void> {
    await this.settle();
    for (;;) {
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers[0];
      if (!next || next.at > until) break;
      this.#timers.shift();
      this.#now = Math.max(this.#now, next.at);
      next.fire();
      await this.settle();
    }
    if (until !== Number.POSITIVE_INFINITY) this.#now = Math.max(this.#now, until);
  }
}
