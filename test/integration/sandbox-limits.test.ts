// Throttling over HTTP, injected faults, latency, and a close() that never waits on a stuck connection.
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import {
  get,
  JWT_GRANT,
  login,
  manualClock,
  NO_THROTTLE,
  type Tokens,
  tokenRequest,
} from '../unit/sandbox/sandbox-client.js';

const CALL_LOG = '/restapi/v1.0/account/~/extension/~/call-log';
const ME = '/restapi/v1.0/account/~/extension/~';
const clock = manualClock();
let sandbox: Sandbox;
let tokens: Tokens;

beforeEach(async () => {
  clock.set(Date.parse('2025-03-12T15:30:00Z'));
  sandbox = await startSandbox({
    now: clock.now,
    historyDays: 1,
    quiet: true,
    rateLimits: { ...NO_THROTTLE, Heavy: { limit: 3, windowSec: 60, penaltySec: 60 } },
  });
  tokens = await login(sandbox);
});
afterEach(() => sandbox.close());

const rateHeaders = (response: Response) => ({
  group: response.headers.get('x-rate-limit-group'),
  limit: response.headers.get('x-rate-limit-limit'),
  remaining: response.headers.get('x-rate-limit-remaining'),
  window: response.headers.get('x-rate-limit-window'),
});

describe('rate limits over HTTP', () => {
  it('every authenticated response carries the X-Rate-Limit headers of its group', async () => {
    const heavy = await get(sandbox, tokens.access_token, CALL_LOG);
    expect(rateHeaders(heavy)).toEqual({ group: 'Heavy', limit: '3', remaining: '2', window: '60' });
    expect(rateHeaders(await get(sandbox, tokens.access_token, ME)).group).toBe('Light');
    expect(rateHeaders(await get(sandbox, tokens.access_token, '/restapi/v1.0/account/~/extension')).group).toBe(
      'Medium',
    );
    sandbox.setScopes([]);
    const forbidden = await get(sandbox, tokens.access_token, CALL_LOG);
    expect(forbidden.status).toBe(403);
    expect(rateHeaders(forbidden)).toEqual({ group: 'Heavy', limit: '3', remaining: '1', window: '60' }); // refused calls count too
  });

  it('over the limit: 429 CMN-301 with Retry-After; the penalty restarts on every request sent during it', async () => {
    for (let i = 0; i < 3; i++) expect((await get(sandbox, tokens.access_token, CALL_LOG)).status).toBe(200);
    const refused = await get(sandbox, tokens.access_token, CALL_LOG);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toEqual({
      errorCode: 'CMN-301',
      message: 'Request rate exceeded',
      errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }],
    });
    clock.advance(59_000);
    expect((await get(sandbox, tokens.access_token, CALL_LOG)).status).toBe(429);
    clock.advance(59_000);
    expect((await get(sandbox, tokens.access_token, CALL_LOG)).status).toBe(429);
    clock.advance(60_000);
    tokens = await login(sandbox);
    expect((await get(sandbox, tokens.access_token, CALL_LOG)).status).toBe(200);
  });

  it('is counted per token owner', async () => {
    for (let i = 0; i < 4; i++) await get(sandbox, tokens.access_token, CALL_LOG);
    const other = await login(sandbox, sandbox.jwtFor(sandbox.company.extensions[2]?.id ?? ''));
    expect((await get(sandbox, other.access_token, CALL_LOG)).status).toBe(200);
  });

  it('limits logins per client in the Auth group', async () => {
    sandbox.setRateLimit('Auth', { limit: 2, windowSec: 60, penaltySec: 60 });
    const form = { grant_type: JWT_GRANT, assertion: sandbox.credentials.jwt };
    expect((await tokenRequest(sandbox, form)).status).toBe(200);
    const second = await tokenRequest(sandbox, form);
    expect(second.headers.get('x-rate-limit-group')).toBe('Auth');
    expect(second.headers.get('x-rate-limit-remaining')).toBe('0');
    expect((await tokenRequest(sandbox, form)).status).toBe(429);
  });
});

describe('injected faults', () => {
  it.each([
    [500, 'CMN-203'],
    [503, 'CMN-211'],
  ] as const)('%i answers with a RingCentral error body', async (kind, code) => {
    sandbox.injectFault({ route: 'extensionCallLog', kind });
    const response = await get(sandbox, tokens.access_token, CALL_LOG);
    expect(response.status).toBe(kind);
    expect(await response.json()).toMatchObject({ errors: [{ errorCode: code }] });
    expect((await get(sandbox, tokens.access_token, CALL_LOG)).status).toBe(200);
  });

  it('503 CMN-211 says Retry-After, as RingCentral does when overloaded or in maintenance', async () => {
    sandbox.injectFault({ route: 'extensionCallLog', kind: 503 });
    const response = await get(sandbox, tokens.access_token, CALL_LOG);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ errorCode: 'CMN-211', message: 'Service is overloaded' });
  });

  it('429 says Retry-After: 1 and does not use up the real budget', async () => {
    sandbox.injectFault({ route: 'extensionCallLog', kind: 429 });
    const response = await get(sandbox, tokens.access_token, CALL_LOG);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.headers.get('x-rate-limit-group')).toBe('Heavy');
    expect(response.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(rateHeaders(await get(sandbox, tokens.access_token, CALL_LOG)).remaining).toBe('2');
  });

  it('nth and times pick which requests to that route fail', async () => {
    sandbox.injectFault({ route: 'extensionInfo', kind: 503, nth: 2, times: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(sandbox, tokens.access_token, ME)).status);
    expect(statuses).toEqual([200, 503, 503, 200, 200]);
  });

  it("'*' hits whatever route comes next, the token endpoint included", async () => {
    sandbox.injectFault({ route: '*', kind: 500 });
    expect((await tokenRequest(sandbox, { grant_type: JWT_GRANT, assertion: sandbox.credentials.jwt })).status).toBe(
      500,
    );
  });

  it("'reset' drops the connection without a response", async () => {
    sandbox.injectFault({ route: 'extensionInfo', kind: 'reset' });
    await expect(get(sandbox, tokens.access_token, ME)).rejects.toThrow();
    expect(sandbox.requests.at(-1)).toMatchObject({ route: 'extensionInfo', status: 0 });
  });

  it("'hang' never answers, and close() ends the stuck connection at once", async () => {
    sandbox.injectFault({ route: 'extensionInfo', kind: 'hang' });
    const outcome = new Promise<string>((resolve) => {
      const req = request(`${sandbox.url}${ME}`, { headers: { Authorization: `Bearer ${tokens.access_token}` } }, () =>
        resolve('answered'),
      );
      req.on('error', () => resolve('connection closed'));
      req.end();
    });
    await new Promise((resolve) => setImmediate(resolve));
    while (sandbox.requests.length === 0 || sandbox.requests.at(-1)?.route !== 'extensionInfo')
      await new Promise((r) => setImmediate(r));
    await sandbox.close();
    expect(await outcome).toBe('connection closed');
  });
});

describe('request log and latency', () => {
  it('records every request in arrival order with route, query, status and token owner', async () => {
    sandbox.clearRequests();
    await get(sandbox, tokens.access_token, `${CALL_LOG}?type=Voice&type=Fax`);
    await get(sandbox, undefined, '/restapi/v1.0/nowhere');
    expect(sandbox.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        route: 'extensionCallLog',
        query: { type: ['Voice', 'Fax'] },
        status: 200,
        group: 'Heavy',
        tokenOwner: sandbox.company.extensions[0]?.id,
      }),
      expect.objectContaining({ route: 'unknown', path: '/restapi/v1.0/nowhere', status: 404 }),
    ]);
  });

  it('an unknown route is 404 CMN-102', async () => {
    const response = await get(sandbox, tokens.access_token, '/restapi/v1.0/account/~/fax');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ errorCode: 'CMN-102' }] });
  });

  it('holds answers on a slowed route back while other routes answer', async () => {
    sandbox.setLatency('extensionCallLog', 200);
    const order: string[] = [];
    const slow = get(sandbox, tokens.access_token, CALL_LOG).then(() => order.push('slow'));
    const fast = get(sandbox, tokens.access_token, ME).then(() => order.push('fast'));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['fast', 'slow']);
  });
});
