// 5xx answers and exchanges that got no answer (reset, refused, timed out) are tried again after a jittered,
// growing pause, up to `maxAttempts` attempts in all. Anything else (4xx, 429) is not this wrapper's business.
import { RingCentralHttpError, RingCentralNetworkError } from './errors.js';
import type { ClientLog, Wrapper } from './pipeline.js';
import { backoffMs, type RetryPolicy } from './retry-policy.js';

export interface RetryTransientOptions {
  policy: Pick<RetryPolicy, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  log: ClientLog;
}

export function retryTransient({ policy, sleep, random, log }: RetryTransientOptions): Wrapper {
  return (next) => async (request) => {
    for (let failed = 1; ; failed += 1) {
      try {
        return await next(request);
      } catch (error) {
        // An aborted request was given up by whoever asked: trying again would only fetch what nobody reads.
        if (!isTransient(error) || failed >= policy.maxAttempts || request.signal?.aborted) throw error;
        const delayMs = backoffMs(failed, policy, random);
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
