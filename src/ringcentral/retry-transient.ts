// 5xx answers and exchanges that got no answer (reset, refused, timed out) are tried again after a jittered,
// growing pause, up to `maxAttempts` attempts in all. Anything else (4xx, 429) is not this wrapper's business.
// A 503 with Retry-After (RingCentral's CMN-211 "Service is overloaded" / maintenance) is not sent again sooner than
// it asks (RFC 9110 §10.2.3); one that asks for longer than the policy's longest pause is given up at once, so the
// user hears "try again later" instead of waiting on a request that cannot succeed yet.
import { RingCentralHttpError, RingCentralNetworkError } from './errors.js';
import type { ClientLog, Wrapper } from './pipeline.js';
import { backoffMs, type RetryPolicy } from './retry-policy.js';
import { readRetryAfterMs } from './throttle.js';

export interface RetryTransientOptions {
  policy: Pick<RetryPolicy, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  log: ClientLog;
  /** Epoch ms, to read a Retry-After given as an HTTP date. */
  now?: () => number;
}

export function retryTransient({ policy, sleep, random, log, now = Date.now }: RetryTransientOptions): Wrapper {
  return (next) => async (request) => {
    for (let failed = 1; ; failed += 1) {
      try {
        return await next(request);
      } catch (error) {
        // An aborted request was given up by whoever asked: trying again would only fetch what nobody reads.
        if (!isTransient(error) || failed >= policy.maxAttempts || request.signal?.aborted) throw error;
        const askedMs = retryAfterOf503(error, now());
        if (askedMs !== undefined && askedMs > policy.maxDelayMs) throw error;
        const delayMs = Math.max(askedMs ?? 0, backoffMs(failed, policy, random));
        log.warn('RingCentral request failed; retrying', {
          path: request.route.path,
          attempt: failed,
          delayMs,
          status: error instanceof RingCentralHttpError ? error.status : error.message,
        });
        await sleep(delayMs);
      }
    }
  };
}

/** A failure that a later attempt may not meet. */
export function isTransient(error: unknown): error is RingCentralHttpError | RingCentralNetworkError {
  return error instanceof RingCentralNetworkError || (error instanceof RingCentralHttpError && error.status >= 500);
}

/** The pause a 503 asks for with Retry-After, in ms; undefined when it asks for none (or says nothing readable). */
function retryAfterOf503(error: RingCentralHttpError | RingCentralNetworkError, nowMs: number): number | undefined {
  if (!(error instanceof RingCentralHttpError) || error.status !== 503) return undefined;
  const ms = readRetryAfterMs(error.headers['retry-after'] ?? null, nowMs, -1);
  return ms < 0 ? undefined : ms;
}
