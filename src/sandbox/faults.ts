// Failures tests ask for: each injected fault counts the requests to its route from the moment it is injected
// and fires on the nth and the `times - 1` that follow.
import type { Fault, SandboxRoute } from './types.js';

interface Armed {
  fault: Fault;
  seen: number;
  first: number;
  last: number;
}

export class FaultInjector {
  private armed: Armed[] = [];

  inject(fault: Fault): void {
    const first = Math.max(1, fault.nth ?? 1);
    this.armed.push({ fault, seen: 0, first, last: first + Math.max(1, fault.times ?? 1) - 1 });
  }

  /** The fault this request meets, if any. Every armed fault counts the request. */
  take(route: SandboxRoute | 'unknown'): Fault | undefined {
    let hit: Fault | undefined;
    for (const armed of this.armed) {
      if (armed.fault.route !== '*' && armed.fault.route !== route) continue;
      armed.seen++;
      if (hit === undefined && armed.seen >= armed.first && armed.seen <= armed.last) hit = armed.fault;
    }
    this.armed = this.armed.filter((a) => a.seen < a.last);
    return hit;
  }
}
