// RingCentral's usage-plan throttling: per token owner and group, a fixed window of `limit` requests; going
// over starts a penalty, and any request sent during the penalty starts it again.
import type { RateGroup, RateLimit } from './types.js';

export const DEFAULT_RATE_LIMITS: Readonly<Record<RateGroup, RateLimit>> = {
  Heavy: { limit: 10, windowSec: 60, penaltySec: 60 },
  Medium: { limit: 40, windowSec: 60, penaltySec: 60 },
  Light: { limit: 50, windowSec: 60, penaltySec: 60 },
  Auth: { limit: 5, windowSec: 60, penaltySec: 60 },
};

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

interface Bucket {
  windowStart: number;
  count: number;
  penaltyUntil: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: Record<RateGroup, RateLimit>,
    private readonly now: () => number,
  ) {}

  /** A new limit starts every caller afresh in that group (no carried-over count or penalty). */
  set(group: RateGroup, limit: RateLimit): void {
    this.limits[group] = limit;
    for (const key of this.buckets.keys()) if (key.endsWith(`|${group}`)) this.buckets.delete(key);
  }

  /** Counts one request by `who` in `group`. */
  take(who: string, group: RateGroup): RateDecision {
    const rule = this.limits[group];
    const now = this.now();
    const key = `${who}|${group}`;
    const bucket: Bucket = this.buckets.get(key) ?? { windowStart: now, count: 0, penaltyUntil: 0 };
    this.buckets.set(key, bucket);
    const refuse = (): RateDecision => {
      bucket.penaltyUntil = now + rule.penaltySec * 1000;
      return {
        allowed: false,
        headers: { ...rateHeaders(group, rule, 0), 'Retry-After': String(Math.max(1, Math.ceil(rule.penaltySec))) },
      };
    };
    if (now < bucket.penaltyUntil) return refuse();
    if (now - bucket.windowStart >= rule.windowSec * 1000) {
      bucket.windowStart = now;
      bucket.count = 0;
    }
    if (bucket.count >= rule.limit) return refuse();
    bucket.count++;
    return { allowed: true, headers: rateHeaders(group, rule, rule.limit - bucket.count) };
  }

  /** Headers for a response that was not counted (an injected fault). */
  peek(group: RateGroup): Record<string, string> {
    return rateHeaders(group, this.limits[group], 0);
  }
}

function rateHeaders(group: RateGroup, rule: RateLimit, remaining: number): Record<string, string> {
  return {
    'X-Rate-Limit-Group': group,
    'X-Rate-Limit-Limit': String(rule.limit),
    'X-Rate-Limit-Remaining': String(remaining),
    'X-Rate-Limit-Window': String(rule.windowSec),
  };
}
