import { describe, expect, it } from 'vitest';
import {
  RingCentralHttpError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
  RingCentralUnauthorizedError,
} from '../../../src/ringcentral/errors.js';
import { RequestTimeoutError } from '../../../src/ringcentral/fetch-with-timeout.js';
import { fromSdkFailure, httpError } from '../../../src/ringcentral/http-failure.js';

const exchange = { path: '/restapi/v1.0/account/~/call-log', group: 'Heavy' as const, at: 0 };
const answer = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers });

describe('a non-2xx answer as an error', () => {
  it('a 429 carries its group and Retry-After, as seconds, as an HTTP date, or 60 s without one', async () => {
    const inSeconds = await httpError(answer(429, '{"errorCode":"CMN-301"}', { 'Retry-After': '7' }), exchange);
    expect(inSeconds).toBeInstanceOf(RingCentralRateLimitError);
    expect(inSeconds).toMatchObject({ status: 429, group: 'Heavy', retryAfterMs: 7_000, errorCode: 'CMN-301' });
    const date = new Date(30_000).toUTCString();
    expect(await httpError(answer(429, '{}', { 'Retry-After': date }), exchange)).toMatchObject({
      retryAfterMs: 30_000,
    });
    expect(await httpError(answer(429, '{}'), exchange)).toMatchObject({ retryAfterMs: 60_000 });
  });

  it('a 401 names the token generation it refused; the token endpoint’s own 401 does not', async () => {
    const refused = await httpError(answer(401, '{"errorCode":"TokenInvalid"}'), { ...exchange, tokenGeneration: 4 });
    expect(refused).toBeInstanceOf(RingCentralUnauthorizedError);
    expect(refused).toMatchObject({ tokenGeneration: 4 });
    const login = await httpError(answer(401, '{"error":"invalid_client"}'), {
      ...exchange,
      path: '/restapi/oauth/token',
    });
    expect(login).not.toBeInstanceOf(RingCentralUnauthorizedError);
    expect(login).toMatchObject({ status: 401, errorCode: 'invalid_client' });
  });

  it('keeps status and headers when the body is not JSON', async () => {
    const error = await httpError(answer(502, '<html>Bad gateway</html>', { 'X-Rate-Limit-Group': 'Heavy' }), exchange);
    expect(error).toBeInstanceOf(RingCentralHttpError);
    expect(error).toMatchObject({ status: 502, body: {}, headers: { 'x-rate-limit-group': 'Heavy' } });
  });
});

describe('what the SDK threw, as plain facts', () => {
  it("reads the answer off the SDK's error and leaves its request (and the bearer token) behind", async () => {
    const sdkError = Object.assign(new Error('Forbidden'), {
      response: answer(403, '{"errorCode":"InsufficientPermissions"}'),
      request: new Request('http://127.0.0.1/x', { headers: { Authorization: 'Bearer secret-token' } }),
    });
    const error = await fromSdkFailure(sdkError, exchange);
    expect(error).toBeInstanceOf(RingCentralHttpError);
    expect(error).toMatchObject({ status: 403 });
    expect(Object.values(error).some((value) => value instanceof Request)).toBe(false);
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('secret-token');
  });

  it('a timeout is a network error that says it timed out', async () => {
    const error = await fromSdkFailure(new RequestTimeoutError(150), exchange);
    expect(error).toBeInstanceOf(RingCentralNetworkError);
    expect(error).toMatchObject({ timedOut: true, path: exchange.path });
    expect(error.message).toContain('150 ms');
  });

  it('a dropped connection names its cause', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const error = await fromSdkFailure(reset, exchange);
    expect(error).toMatchObject({ timedOut: false });
    expect(error.message).toContain('fetch failed: ECONNRESET');
  });
});
