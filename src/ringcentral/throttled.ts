// The per-group throttle as a wrapper. It sits closest to the exchange, because a ticket stands for one HTTP
// request: each takes a ticket for its endpoint's rate group and settles it with what the answer said about
// the budget. Another Throttle (one shared between instances, say) drops in without touching the other wrappers.
import { RingCentralHttpError, RingCentralRateLimitError } from './errors.js';
import type { Wrapper } from './pipeline.js';
import { readRateLimitHeaders, type Settlement, type Throttle } from './throttle.js';

export function throttled(throttle: Throttle): Wrapper {
  return (next) => async (request) => {
    const ticket = await throttle.acquire(request.route.endpoint.group, request.onWait);
    let response: Response;
    try {
      response = await next(request);
    } catch (error) {
      ticket.settle(settlementOf(error));
      throw error;
    }
    ticket.settle({ headers: readRateLimitHeaders((name) => response.headers.get(name)) });
    return response;
  };
}

/** What a failed exchange tells the throttle. */
export function settlementOf(error: unknown): Settlement {
  if (!(error instanceof RingCentralHttpError)) return {}; // no answer, nothing learned
  // A 5xx comes from behind RingCentral's gateway: its rate headers say nothing reliable.
  if (error.status >= 500) return {};
  const headers = readRateLimitHeaders((name) => error.headers[name] ?? null);
  return error instanceof RingCentralRateLimitError ? { headers, retryAfterMs: error.retryAfterMs } : { headers };
}
