// A 429 is waited out for its Retry-After and the request sent again, as long as the waits add up to no more
// than `maxWaitMs`; past that the RingCentralRateLimitError leaves, so a user hears "try later" instead of
// waiting minutes. Sending inside RingCentral's penalty would restart it, so the wait is never cut short.
import { RingCentralRateLimitError } from './errors.js';
import type { ClientLog, Wrapper } from './pipeline.js';

export interface WaitOutRateLimitOptions {
  /** Total Retry-After time one request may spend. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  log: ClientLog;
}

export function waitOutRateLimit({ maxWaitMs, sleep, log }: WaitOutRateLimitOptions): Wrapper {
  return (next) => async (request) => {
    let waitedMs = 0;
    for (;;) {
      try {
        return await next(request);
      } catch (error) {
        if (!(error instanceof RingCentralRateLimitError) || waitedMs + error.retryAfterMs > maxWaitMs) throw error;
        waitedMs += error.retryAfterMs;
        log.info('RingCentral rate limit reached; waiting', {
          path: request.route.path,
          group: error.group,
          retryAfterMs: error.retryAfterMs,
        });
        request.onWait?.(error.retryAfterMs, error.group);
        await sleep(error.retryAfterMs);
      }
    }
  };
}
