// Doubles for testing one wrapper at a time: requests, answers and failures as the bare send produces them,
// and a scripted `next` that records what reached it.
import { ENDPOINTS } from '../../../src/ringcentral/endpoints.js';
import {
  RingCentralHttpError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
  RingCentralUnauthorizedError,
} from '../../../src/ringcentral/errors.js';
import type { ClientLog, RingCentralRequest, Send } from '../../../src/ringcentral/pipeline.js';

export const request = (overrides: Partial<RingCentralRequest> = {}): RingCentralRequest => ({
  route: ENDPOINTS.extension.route({ extensionId: '~' }),
  ...overrides,
});

export const ok = (headers: Record<string, string> = {}): Response =>
  new Response('{"id":1}', { status: 200, headers: { 'content-type': 'application/json', ...headers } });

export const rateLimited = (retryAfterMs: number, headers: Record<string, string> = {}) =>
  new RingCentralRateLimitError({ errorCode: 'CMN-301' }, headers, '/x', 'Heavy', retryAfterMs);

export const serverError = (status = 503, headers: Record<string, string> = {}) =>
  new RingCentralHttpError(status, { errorCode: 'CMN-211' }, headers, '/x');

export const clientError = (status = 404) => new RingCentralHttpError(status, { errorCode: 'CMN-102' }, {}, '/x');

export const unauthorized = (generation: number) =>
  new RingCentralUnauthorizedError({ errorCode: 'TokenInvalid' }, {}, '/x', generation);

export const lostAnswer = () => new RingCentralNetworkError('fetch failed: ECONNRESET', '/x');

/** A `next` that answers with `outcomes` in order (an Error is thrown) and records each request it got. */
export function scripted(...outcomes: Array<Response | Error>) {
  const calls: RingCentralRequest[] = [];
  const send: Send = async (req) => {
    calls.push(req);
    const outcome = outcomes.shift();
    if (outcome === undefined) throw new Error('the script ran out');
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { send, calls };
}

/** A sleep that returns at once and remembers how long it was asked to wait. */
export function instantSleep() {
  const slept: number[] = [];
  return {
    slept,
    sleep: async (ms: number) => {
      slept.push(ms);
    },
  };
}

export function recordingLog(): ClientLog & { lines: string[] } {
  const lines: string[] = [];
  const record = (message: string, context?: object) => lines.push(`${message} ${JSON.stringify(context ?? {})}`);
  return { lines, debug: record, info: record, warn: record, error: record };
}

export const thrown = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
