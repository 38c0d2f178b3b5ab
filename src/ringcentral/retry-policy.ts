// How long to back off before retrying a 5xx, a timeout or a dropped connection.

export interface RetryPolicy {
  /** Attempts in all for one request that keeps failing with 5xx / network errors. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total time one request may spend waiting out 429s before giving up. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  maxRateLimitWaitMs: 60_000,
};

/**
 * Exponential backoff with jitter: after failed attempt n (1-based) wait between half and all of
 * base·2^(n-1), capped. Jitter keeps several bots (or requests) from retrying in lockstep.
 */
export function backoffMs(
  failedAttempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
