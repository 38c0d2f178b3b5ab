// A 100 000-call day on two extensions still answers by date range without scanning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { getJson, login, manualClock, NO_THROTTLE, type Tokens } from '../unit/sandbox/sandbox-client.js';

const clock = manualClock(Date.parse('2025-03-12T23:30:00Z')); // 19:30 in New York: nearly the whole day has happened
let sandbox: Sandbox;
let admin: Tokens;

beforeAll(async () => {
  sandbox = await startSandbox({
    now: clock.now,
    callsToday: 100_000,
    extensionCount: 2,
    historyDays: 1,
    rateLimits: NO_THROTTLE,
    quiet: true,
  });
  admin = await login(sandbox);
});
afterAll(() => sandbox.close());

describe('100 000 calls today', () => {
  it("pages 1000 at a time through one extension's day, newest first", async () => {
    const extension = sandbox.company.extensions[1]?.id ?? '';
    const from = '2025-03-12T04:00:00.000Z';
    const want = sandbox.company.records.filter(
      // Only calls that have ended are in the log.
      (r) =>
        String(r.extension.id) === extension &&
        r.startTime >= from &&
        Date.parse(r.startTime) + (r.durationMs ?? 0) <= clock.ms(),
    );
    expect(want.length).toBeGreaterThan(40_000);
    const path = `/restapi/v1.0/account/~/extension/${extension}/call-log?dateFrom=${from}&perPage=1000`;
    const first = await getJson<{ records: Array<{ id: string }>; navigation: { nextPage?: { uri: string } } }>(
      sandbox,
      admin.access_token,
      path,
    );
    expect(first.body.records.map((r) => r.id)).toEqual(want.slice(0, 1000).map((r) => r.id));
    const last = await getJson<{ records: Array<{ id: string }>; navigation: { nextPage?: { uri: string } } }>(
      sandbox,
      admin.access_token,
      `${path}&page=${Math.ceil(want.length / 1000)}`,
    );
    expect(last.body.records.at(-1)?.id).toBe(want.at(-1)?.id);
    expect(last.body.navigation.nextPage).toBeUndefined();
  });

  it('filters a narrow window of the big day', async () => {
    const { body } = await getJson<{ records: Array<{ startTime: string; direction: string }> }>(
      sandbox,
      admin.access_token,
      '/restapi/v1.0/account/~/call-log?dateFrom=2025-03-12T14:00:00Z&dateTo=2025-03-12T14:01:00Z&direction=Outbound&perPage=1000',
    );
    expect(body.records.length).toBeGreaterThan(0);
    expect(body.records.every((r) => r.direction === 'Outbound' && r.startTime.startsWith('2025-03-12T14:00'))).toBe(
      true,
    );
  });
});
