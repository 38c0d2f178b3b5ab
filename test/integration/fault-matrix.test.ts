// The fault matrix: RingCentral misbehaving in each way it is documented to, driven through the sandbox's fault
// injection. Through all of it the bot keeps serving — every command gets either its answer or a clear message — and
// nothing ends in an unhandled rejection. Its own bot, so the slow scenario runs beside the other files.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockStartingAt } from '../support/clock.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { NO_THROTTLE } from '../unit/sandbox/sandbox-client.js';

const now = clockStartingAt('2026-11-24T23:00:00Z');
const ANSWER = /^Your calls · today/;
let t: TestBot;
const unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', record);
  t = await startTestBot({ now, sandbox: { now, historyDays: 2, rateLimits: NO_THROTTLE } });
});
afterAll(async () => {
  process.off('unhandledRejection', record);
  await t?.close();
});
afterEach(() => {
  expect(unhandled).toEqual([]);
  t.sandbox.setLatency('extensionCallLog', 0);
});

/** The last reply to a command: the answer itself, after any "delayed" notice. */
async function answerTo(text: string, user = t.people.berlin, timeoutMs = 10_000): Promise<string> {
  const sent = await t.command(user, text);
  expect(sent.status).toBe(200);
  const replies = await t.repliesAt(sent.responseUrl, 1, timeoutMs);
  const deadline = Date.now() + timeoutMs;
  // A "delayed" notice is replaced by the answer: wait for the message that is not the notice.
  while (
    /delayed/i.test(String(t.slack.messages.filter((m) => m.responseUrl === sent.responseUrl).at(-1)?.body.text))
  ) {
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const last = t.slack.messages.filter((m) => m.responseUrl === sent.responseUrl).at(-1) ?? replies.at(-1);
  return String(last?.body.text ?? '');
}

describe('the fault matrix', () => {
  it('a 429 on every third request: the answers still come', async () => {
    // Five commands are seven call-log requests: the 3rd and 6th meet a 429 and are sent again.
    for (const nth of [3, 6]) t.sandbox.injectFault({ route: 'extensionCallLog', kind: 429, nth });
    const people = [t.people.berlin, t.people.la, t.people.noZone, t.people.berlin, t.people.la];
    for (const who of people) expect(await answerTo('today', who, 15_000)).toMatch(ANSWER);
    const statuses = t.sandbox.requests.filter((r) => r.route === 'extensionCallLog').map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  }, 60_000);

  it('a burst of 500s and 503s is retried through', async () => {
    t.sandbox.injectFault({ route: 'extensionCallLog', kind: 500, times: 2 });
    t.sandbox.injectFault({ route: 'extensionCallLog', kind: 503, nth: 3, retryAfterSec: 0 });
    expect(await answerTo('today')).toMatch(ANSWER);
    const statuses = t.sandbox.requests.filter((r) => r.route === 'extensionCallLog').map((r) => r.status);
    expect(statuses.slice(-4)).toEqual([500, 500, 503, 200]);
  });

  it('a server that stays down gets a clear message, and the next command is served', async () => {
    t.sandbox.injectFault({ route: 'extensionCallLog', kind: 503, times: 4, retryAfterSec: 0 }); // every attempt of one command
    expect(await answerTo('today')).toMatch(/RingCentral/);
    expect(await answerTo('today', t.people.la)).toMatch(ANSWER);
  });

  it('connection resets are retried through', async () => {
    t.sandbox.injectFault({ route: 'extensionCallLog', kind: 'reset', times: 2 });
    expect(await answerTo('today')).toMatch(ANSWER);
  });

  it('10 s of latency: the answer still comes, late', async () => {
    t.sandbox.setLatency('extensionCallLog', 10_000);
    expect(await answerTo('today', t.people.berlin, 25_000)).toMatch(ANSWER);
  }, 40_000);

  it('a session revoked, its refresh token rejected: the bot signs in again with its JWT and answers', async () => {
    t.sandbox.revokeSession();
    expect(await answerTo('today')).toMatch(ANSWER);
    const tokens = t.sandbox.requests.filter((r) => r.route === 'token').map((r) => r.status);
    expect(tokens.at(-1)).toBe(200);
  });

  it('access tokens invalidated while requests are in flight: every one of them is answered', async () => {
    t.sandbox.setLatency('extensionCallLog', 300);
    const sent = await Promise.all([t.people.berlin, t.people.la, t.people.noZone].map((u) => t.command(u, 'today')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    t.sandbox.expireAccessTokens();
    for (const request of sent) {
      const [reply] = await t.repliesAt(request.responseUrl, 1, 10_000);
      expect(reply?.body.text).toMatch(ANSWER);
    }
    const log = t.sandbox.requests.filter((r) => r.route === 'extensionCallLog').map((r) => r.status);
    expect(log).toContain(401);
  });
});
