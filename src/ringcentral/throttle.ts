// A per-group gate in front of RingCentral. It learns each usage-plan group's budget from the
// X-Rate-Limit-* headers and never lets a request out when that budget is spent or a penalty is running:
// a request sent during RingCentral's penalty restarts it, so waiting here is always cheaper. Waiters are served
// first come, first served, and each hears an estimate from the queue ahead of it (a window per budget's worth).
import type { RateGroup } from './endpoints.js';
import type { WaitListener } from './pipeline.js';

export interface RateLimitHeaders {
  limit?: number;
  remaining?: number;
  windowSec?: number;
}

export interface Settlement {
  headers?: RateLimitHeaders;
  /** Set when RingCentral answered 429: the group is held this long. */
  retryAfterMs?: number;
}

export interface Ticket {
  /** Call exactly once, when the request's answer (or failure) is known. */
  settle(outcome?: Settlement): void;
}

export interface Throttle {
  /** Resolves when a request in `group` may be sent; it then counts as in flight until settled. */
  acquire(group: RateGroup, onWait?: WaitListener): Promise<Ticket>;
}

export interface ThrottleOptions {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Used until a response tells us the real window (RingCentral's plans use 60 s). */
  defaultWindowMs?: number;
}

interface GroupState {
  holdUntil: number;
  /** Our estimate of requests left in the current window; undefined until RingCentral tells us. */
  remaining?: number;
  limit?: number;
  windowMs: number;
  lastSentAt: number;
  inFlight: number;
  /** Requests waiting for an in-flight answer to say how much budget is left. */
  waiters: Array<() => void>;
  /** Acquirers not yet let through, in arrival order. */
  queue: number[];
  nextInQueue: number;
  /** Requests waiting for someone ahead of them to be let through. */
  behind: Array<() => void>;
}

export function createThrottle({ now, sleep, defaultWindowMs = 60_000 }: ThrottleOptions): Throttle {
  const groups = new Map<RateGroup, GroupState>();

  const stateOf = (group: RateGroup): GroupState => {
    let state = groups.get(group);
    if (!state) {
      state = {
        holdUntil: 0,
        windowMs: defaultWindowMs,
        lastSentAt: 0,
        inFlight: 0,
        waiters: [],
        queue: [],
        nextInQueue: 0,
        behind: [],
      };
      groups.set(group, state);
    }
    return state;
  };

  /** Resolves when a request in flight in this group settles: its answer may say how much budget is left. */
  const nextAnswer = (state: GroupState): Promise<void> => new Promise((resolve) => state.waiters.push(resolve));
  /** Resolves when the queue moves: someone ahead was let through. */
  const queueMoves = (state: GroupState): Promise<void> => new Promise((resolve) => state.behind.push(resolve));

  const settle = (state: GroupState, outcome: Settlement = {}): void => {
    state.inFlight -= 1;
    const at = now();
    const { headers, retryAfterMs } = outcome;
    if (headers?.windowSec !== undefined) state.windowMs = headers.windowSec * 1000;
    if (headers?.limit !== undefined) state.limit = headers.limit;
    if (retryAfterMs !== undefined) {
      // A 429 says exactly when to come back; that beats our guess about the window.
      state.remaining = 0;
      state.holdUntil = Math.max(state.holdUntil, at + retryAfterMs);
    } else if (headers?.remaining !== undefined) {
      // Requests still in flight may not be counted yet: assume they will be.
      state.remaining = headers.remaining - state.inFlight;
      if (headers.remaining <= 0) state.holdUntil = Math.max(state.holdUntil, at + state.windowMs);
    }
    for (const wake of state.waiters.splice(0)) wake();
  };

  return {
    async acquire(group, onWait) {
      const state = stateOf(group);
      const place = state.nextInQueue++;
      state.queue.push(place);
      for (;;) {
        const at = now();
        const ahead = state.queue.indexOf(place);
        if (state.holdUntil > at) {
          const waitMs = state.holdUntil - at;
          // Those ahead spend the budget first: one more window for every full budget's worth of them.
          const windowsAhead = Math.floor(ahead / Math.max(1, state.limit ?? 1));
          onWait?.(waitMs + windowsAhead * state.windowMs, group);
          await sleep(waitMs);
          continue;
        }
        if (state.holdUntil !== 0) {
          // The hold was as long as the window (or RingCentral's Retry-After): a fresh budget.
          state.holdUntil = 0;
          state.remaining = state.limit;
        }
        // Until an answer states the budget, one request at a time: a cold burst would overrun a small one.
        if (state.remaining === undefined && state.inFlight > 0) {
          await nextAnswer(state);
          continue;
        }
        // First come, first served: the budget left goes to those ahead before this one.
        if (ahead > 0 && ahead >= (state.remaining ?? 1)) {
          if (state.remaining !== undefined && state.remaining <= 0 && state.inFlight === 0) {
            state.holdUntil = Math.max(state.lastSentAt + state.windowMs, at + 1);
          } else {
            await Promise.race([queueMoves(state), nextAnswer(state)]);
          }
          continue;
        }
        if (state.remaining !== undefined && state.remaining <= 0) {
          if (state.inFlight > 0) {
            await nextAnswer(state);
          } else {
            // Spent by our own count and no answer is coming to say otherwise: the window must pass.
            state.holdUntil = Math.max(state.lastSentAt + state.windowMs, at + 1);
          }
          continue;
        }
        break;
      }
      state.queue.splice(state.queue.indexOf(place), 1);
      for (const wake of state.behind.splice(0)) wake();
      state.inFlight += 1;
      state.lastSentAt = now();
      if (state.remaining !== undefined) state.remaining -= 1;
      let settled = false;
      return {
        settle(outcome) {
          if (settled) return;
          settled = true;
          settle(state, outcome);
        },
      };
    },
  };
}

/** Reads RingCentral's X-Rate-Limit-* headers; absent or malformed values stay undefined. */
export function readRateLimitHeaders(get: (name: string) => string | null): RateLimitHeaders {
  const num = (name: string): number | undefined => {
    const raw = get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  return {
    limit: num('x-rate-limit-limit'),
    remaining: num('x-rate-limit-remaining'),
    windowSec: num('x-rate-limit-window'),
  };
}

/** Retry-After in ms: delta-seconds or an HTTP date; `fallbackMs` when absent or unreadable. */
export function readRetryAfterMs(value: string | null, nowMs: number, fallbackMs: number): number {
  if (value === null || value.trim() === '') return fallbackMs;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? fallbackMs : Math.max(0, date - nowMs);
}
