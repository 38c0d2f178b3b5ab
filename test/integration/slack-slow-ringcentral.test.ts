// Slow and rate-limited RingCentral: Slack still gets its acknowledgement at once, and the user hears why the
// answer is late. Its own bot, so the 5-second scenario runs beside the other files.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockStartingAt } from '../support/clock.js';
import { expectEveryMessageWithinLimits } from '../support/fake-slack.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const now = clockStartingAt('2026-11-24T23:00:00Z');
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ now, sandbox: { now, historyDays: 2 } });
});
afterAll(() => t?.close());
afterEach(() => expectEveryMessageWithinLimits(t.slack));

describe('when RingCentral is slow or limiting', () => {
  it('acknowledges within 3 s while RingCentral takes 5 s, and answers later through the response_url', async () => {
    t.sandbox.setLatency('extensionCallLog', 5000);
    try {
      const sent = await t.command(t.people.noZone, 'today');
      expect(sent.status).toBe(200);
      expect(sent.elapsedMs).toBeLessThan(3000);
      expect(t.slack.messages.filter((m) => m.responseUrl === sent.responseUrl)).toEqual([]);
      const [reply] = await t.repliesAt(sent.responseUrl, 1, 12_000);
      expect(reply?.body.text).toMatch(/^Your calls · today/);
    } finally {
      t.sandbox.setLatency('extensionCallLog', 0);
    }
  }, 20_000);

  it('says the answer is delayed on a 429, then replaces that notice with the results', async () => {
    t.sandbox.injectFault({ route: 'extensionCallLog', kind: 429 });
    const sent = await t.command(t.people.berlin, 'today');
    const [notice, answer] = await t.repliesAt(sent.responseUrl, 2, 10_000);
    expect(notice?.body.text).toMatch(/delayed/i);
    expect(notice?.body.response_type).toBe('ephemeral');
    expect(answer?.body.text).toMatch(/^Your calls · today/);
    expect(answer?.body.replace_original).toBe(true);
    expect(answer?.ts).toBe(notice?.ts);
    expect(t.sandbox.requests.some((r) => r.route === 'extensionCallLog' && r.status === 429)).toBe(true);
  });
});
