import { describe, expect, it } from 'vitest';
import {
  createThrottle,
  readRateLimitHeaders,
  readRetryAfterMs,
  type Ticket,
} from '../../../src/ringcentral/throttle.js';
import { FakeClock } from './fake-clock.js';

function setup() {
  const clock = new FakeClock();
  const throttle = createThrottle({ now: clock.now, sleep: clock.sleep });
  /** Acquires and records when (fake ms) the request was let through. */
  const sentAt: number[] = [];
  const request = (group: 'Heavy' | 'Light' = 'Heavy', onWait?: (ms: number) => void): Promise<Ticket> =>
    throttle.acquire(group, onWait).then((ticket) => {
      sentAt.push(clock.now());
      return ticket;
    });
  return { clock, throttle, sentAt, request };
}

describe('the per-group throttle', () => {
  it('lets requests through at once while RingCentral says budget is left', async () => {
    const { sentAt, request, clock } = setup();
    const first = await request();
    first.settle({ headers: { limit: 10, remaining: 9, windowSec: 60 } });
    await Promise.all([request(), request(), request()]);
    await clock.settle();
    expect(sentAt).toEqual([0, 0, 0, 0]);
  });

  it('sends one request at a time until RingCentral has said what the budget is, so a cold burst cannot overrun it', async () => {
    const { sentAt, request, clock } = setup();
    const tickets: Ticket[] = [];
    const burst = [request(), request(), request()].map((p) => p.then((t) => tickets.push(t)));
    await clock.settle();
    expect(sentAt).toEqual([0]);
    tickets[0]?.settle({ headers: { limit: 10, remaining: 9, windowSec: 60 } });
    await Promise.all(burst);
    expect(sentAt).toHaveLength(3);
  });

  it('holds the group for the whole window once remaining reaches 0, and says how long', async () => {
    const { sentAt, request, clock } = setup();
    (await request()).settle({ headers: { limit: 1, remaining: 0, windowSec: 60 } });
    const waits: number[] = [];
    const next = request('Heavy', (ms) => waits.push(ms));
    await clock.run(59_999);
    expect(sentAt).toEqual([0]);
    await clock.run();
    await next;
    expect(sentAt).toEqual([0, 60_000]);
    expect(waits).toEqual([60_000]);
  });

  it('after a 429 every queued request waits out Retry-After; none reaches RingCentral inside the penalty', async () => {
    const { sentAt, request, clock } = setup();
    (await request()).settle({ headers: { limit: 10, remaining: 0, windowSec: 30 }, retryAfterMs: 45_000 });
    const queued = [request(), request(), request()];
    await clock.run(44_999);
    expect(sentAt).toEqual([0]);
    await clock.run();
    await Promise.all(queued);
    expect(sentAt.slice(1).every((at) => at >= 45_000)).toBe(true);
  });

  it('after a hold it sends only as many requests as the learned limit, the rest wait for answers', async () => {
    const { sentAt, request, clock } = setup();
    (await request()).settle({ headers: { limit: 2, remaining: 0, windowSec: 10 } });
    const tickets: Ticket[] = [];
    const queued = [request(), request(), request()].map((p) => p.then((t) => tickets.push(t)));
    await clock.run(10_000);
    expect(sentAt).toEqual([0, 10_000, 10_000]);
    // The answers say the new window is spent: the third must wait for the next one.
    for (const ticket of tickets.splice(0)) ticket.settle({ headers: { limit: 2, remaining: 0, windowSec: 10 } });
    await clock.run(19_999);
    expect(sentAt).toHaveLength(3);
    await clock.run();
    await Promise.all(queued);
    expect(sentAt[3]).toBe(20_000);
  });

  it('serves waiters first come, first served, each told the wait from the queue ahead of it', async () => {
    const { clock, throttle } = setup();
    (await throttle.acquire('Heavy')).settle({ headers: { limit: 2, remaining: 0, windowSec: 60 } });
    const estimates: number[][] = [[], [], [], [], []];
    const order: number[] = [];
    const queued = estimates.map((waits, i) =>
      throttle
        .acquire('Heavy', (ms) => waits.push(ms))
        .then((ticket) => {
          order.push(i);
          ticket.settle({ headers: { limit: 2, remaining: order.length % 2 === 0 ? 0 : 1, windowSec: 60 } });
        }),
    );
    await clock.run(180_000);
    await Promise.all(queued);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    // Two a window: the first two in a minute, the next two in two, the fifth in three.
    expect(estimates.map((waits) => waits[0])).toEqual([60_000, 60_000, 120_000, 120_000, 180_000]);
  });

  it('a 429 holds for Retry-After, not for the window its headers name', async () => {
    const { sentAt, request, clock } = setup();
    (await request()).settle({ headers: { limit: 10, remaining: 0, windowSec: 60 }, retryAfterMs: 1_000 });
    const next = request();
    await clock.run();
    await next;
    expect(sentAt).toEqual([0, 1_000]);
  });

  it('holds one group without delaying another', async () => {
    const { sentAt, request, clock } = setup();
    (await request('Heavy')).settle({ retryAfterMs: 60_000 });
    const heavy = request('Heavy');
    await request('Light');
    await clock.settle();
    expect(sentAt).toEqual([0, 0]);
    await clock.run();
    await heavy;
    expect(sentAt).toEqual([0, 0, 60_000]);
  });

  it('does not deadlock when its own count says the budget is spent and no answer carried headers', async () => {
    const { sentAt, request, clock } = setup();
    (await request()).settle({ headers: { limit: 2, remaining: 1, windowSec: 5 } });
    (await request()).settle(); // e.g. a dropped connection: no headers
    const next = request();
    await clock.run();
    await next;
    expect(sentAt[2]).toBe(5_000);
  });
});

describe('reading rate-limit headers', () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

  it('reads X-Rate-Limit-Limit/-Remaining/-Window', () => {
    expect(
      readRateLimitHeaders(
        headers({ 'x-rate-limit-limit': '10', 'x-rate-limit-remaining': '0', 'x-rate-limit-window': '60' }),
      ),
    ).toEqual({ limit: 10, remaining: 0, windowSec: 60 });
  });

  it('ignores absent and malformed values', () => {
    expect(readRateLimitHeaders(headers({ 'x-rate-limit-remaining': 'lots' }))).toEqual({
      limit: undefined,
      remaining: undefined,
      windowSec: undefined,
    });
  });

  it('reads Retry-After as seconds or as an HTTP date, else falls back', () => {
    expect(readRetryAfterMs('7', 0, 60_000)).toBe(7_000);
    expect(readRetryAfterMs(new Date(30_000).toUTCString(), 0, 60_000)).toBe(30_000);
    expect(readRetryAfterMs(null, 0, 60_000)).toBe(60_000);
    expect(readRetryAfterMs('soon', 0, 60_000)).toBe(60_000);
  });
});
