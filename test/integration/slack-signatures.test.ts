// Only Slack may talk to the bot: a request with a wrong signature or an old timestamp is refused before any
// work, and nothing is answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/local-slack/index.js';
import { slashCommand } from '../support/slack-payloads.js';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../support/test-bot.js';

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ sandbox: { historyDays: 1 } });
});
afterAll(() => t?.close());

const nowSec = () => Math.floor(Date.now() / 1000);

describe('request verification', () => {
  it('refuses a bad signature and a 10-minute-old timestamp with 401, and answers neither', async () => {
    t.sandbox.clearRequests();
    const forged = slashCommand(t.slack, t.people.la, 'today');
    const stale = slashCommand(t.slack, t.people.la, 'today');
    const unsigned = slashCommand(t.slack, t.people.la, 'today');

    expect((await t.post(forged.body, 'not-the-signing-secret')).status).toBe(401);
    expect((await t.post(stale.body, SIGNING_SECRET, nowSec() - 600)).status).toBe(401);
    const noHeaders = await fetch(`${t.bot.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: unsigned.body,
    });
    expect(noHeaders.status).toBe(401);

    // A good request afterwards is answered; by then, anything the refused ones caused would have arrived first.
    const good = await t.command(t.people.la, 'help');
    await t.repliesAt(good.responseUrl);
    const answered = new Set(t.slack.messages.map((m) => m.responseUrl));
    expect([forged, stale, unsigned].filter((r) => answered.has(r.responseUrl))).toEqual([]);
    expect(t.sandbox.requests.filter((r) => r.route.endsWith('CallLog'))).toEqual([]);
  });

  it('accepts the same request when it is correctly signed just now', async () => {
    const request = slashCommand(t.slack, t.people.la, 'help');
    const headers = signRequest(SIGNING_SECRET, request.body, nowSec());
    const response = await fetch(`${t.bot.url}/slack/events`, {
      method: 'POST',
      headers: { ...headers },
      body: request.body,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    await t.repliesAt(request.responseUrl);
  });
});
