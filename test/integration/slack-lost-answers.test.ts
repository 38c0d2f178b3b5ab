// No answer is ever lost: when a command's response_url cannot take the answer (expired, used up, 404, 5xx, or
// hanging), the user gets it privately by chat.postEphemeral in that channel, else by DM; when nothing gets
// through, the bot logs it with a reference and carries on. Its own bot and clock, so the waits run beside the
// other files.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dmChannelId, type RecordedMessage, type SlackUser } from '../../src/local-slack/index.js';
import { expectEveryMessageWithinLimits } from '../support/fake-slack.js';
import { slashCommand, TEST_CHANNEL } from '../support/slack-payloads.js';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../support/test-bot.js';

const START = Date.parse('2026-11-24T20:00:00Z');
// Runs at real speed from START; a test moves it on to make Slack's 30 minutes pass.
let offsetMs = START - Date.now();
const now = () => new Date(Date.now() + offsetMs);
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ now, sandbox: { now, historyDays: 2 } });
});
afterAll(() => t?.close());
afterEach(() => {
  expectEveryMessageWithinLimits(t.slack);
  t.slack.failResponseUrl(undefined);
  for (const method of ['chat.postEphemeral', 'conversations.open']) t.slack.refuseMethod(method, undefined);
  t.sandbox.setLatency('extensionCallLog', 0);
});

const atUrl = (url: string) => t.slack.messages.filter((m) => m.responseUrl === url);

function ephemeralFor(user: SlackUser, after: number): Promise<RecordedMessage> {
  return t.slack.waitForMessage(
    (m) => m.via === 'chat.postEphemeral' && m.user === user.id && m.at.getTime() >= after,
    10_000,
  );
}

async function command(user: SlackUser, text: string) {
  const request = slashCommand(t.slack, user, text);
  const started = Date.now();
  const response = await t.post(request.body, SIGNING_SECRET);
  await response.text();
  expect(response.status).toBe(200);
  return { ...request, started };
}

describe('an answer whose response_url cannot take it', () => {
  it('goes by chat.postEphemeral once the response_url is 30 minutes old', async () => {
    t.sandbox.setLatency('extensionCallLog', 1500);
    const sent = await command(t.people.berlin, 'today');
    // Slack's and the bot's clocks move on while RingCentral is still answering.
    offsetMs += 31 * 60 * 1000;
    const answer = await ephemeralFor(t.people.berlin, sent.started);
    expect(answer.channel).toBe(TEST_CHANNEL);
    expect(answer.body.text).toMatch(/Your calls · today/);
    expect(atUrl(sent.responseUrl)).toEqual([]);
  });

  it('goes by chat.postEphemeral when the response_url has been used 5 times', async () => {
    const request = slashCommand(t.slack, t.people.la, 'today');
    for (let i = 0; i < 5; i++) {
      const used = await fetch(request.responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `earlier reply ${i}` }),
      });
      expect(used.status).toBe(200);
    }
    const started = Date.now();
    await (await t.post(request.body, SIGNING_SECRET)).text();
    const answer = await ephemeralFor(t.people.la, started);
    expect(answer.body.text).toMatch(/Your calls · today/);
    expect(atUrl(request.responseUrl)).toHaveLength(5);
  });

  it.each([404, 500] as const)('goes by chat.postEphemeral when the response_url answers %i', async (status) => {
    t.slack.failResponseUrl(status);
    const sent = await command(t.people.noZone, 'yesterday');
    const answer = await ephemeralFor(t.people.noZone, sent.started);
    expect(answer.channel).toBe(TEST_CHANNEL);
    expect(answer.body.text).toMatch(/Your calls · yesterday/);
    expect(atUrl(sent.responseUrl)).toEqual([]);
  });

  it('does not wait for a hanging response_url: the answer comes by chat.postEphemeral within seconds', async () => {
    t.slack.failResponseUrl('hang');
    const sent = await command(t.people.berlin, 'today');
    const answer = await ephemeralFor(t.people.berlin, sent.started);
    expect(answer.at.getTime() - sent.started).toBeLessThan(10_000);
    expect(answer.body.text).toMatch(/Your calls · today/);
  }, 15_000);

  it.each(['user_not_in_channel', 'channel_not_found'])(
    'goes by DM when chat.postEphemeral is refused with %s',
    async (error) => {
      t.slack.failResponseUrl(404);
      t.slack.refuseMethod('chat.postEphemeral', error);
      // Counted by position, not by time: what this command caused, whatever an earlier test left in flight.
      const messagesBefore = t.slack.messages.length;
      const callsBefore = t.slack.apiCalls.length;
      await command(t.people.la, 'today');
      const dm = await t.slack.waitForMessage(
        (m) =>
          m.via === 'chat.postMessage' &&
          m.channel === dmChannelId(t.people.la.id) &&
          t.slack.messages.indexOf(m) >= messagesBefore,
        10_000,
      );
      expect(dm.body.text).toMatch(/\/calllog today/);
      expect(dm.body.text).toMatch(/Your calls · today/);
      const opened = t.slack.apiCalls.slice(callsBefore).filter((c) => c.method === 'conversations.open');
      expect(opened.map((c) => c.body.users)).toEqual([t.people.la.id]);
    },
  );

  it('answers a "delayed" notice by DM, saying which request it answers, when the rest is refused', async () => {
    t.sandbox.injectFault({ route: 'extensionCallLog', kind: 429 });
    const sent = await command(t.people.berlin, 'today missed');
    const [notice] = await t.repliesAt(sent.responseUrl, 1, 10_000);
    expect(notice?.body.text).toMatch(/delayed/i);
    t.slack.failResponseUrl(404);
    t.slack.refuseMethod('chat.postEphemeral', 'channel_not_found');
    const dm = await t.slack.waitForMessage(
      (m) =>
        m.via === 'chat.postMessage' && m.channel === dmChannelId(t.people.berlin.id) && m.at.getTime() >= sent.started,
      15_000,
    );
    expect(dm.body.text).toMatch(/`\/calllog today missed`, which was delayed/);
    expect(dm.body.text).toMatch(/Your calls · today/);
  }, 20_000);

  it('logs a reference when every way is refused, and keeps answering others', async () => {
    t.slack.failResponseUrl(500);
    t.slack.refuseMethod('chat.postEphemeral', 'channel_not_found');
    t.slack.refuseMethod('conversations.open', 'missing_scope');
    const before = t.logs.length;
    await command(t.people.noZone, 'today');
    await expect
      .poll(() => t.logs.slice(before).find((l) => l.includes('Could not deliver')), { timeout: 10_000 })
      .toBeDefined();
    const line = t.logs.slice(before).find((l) => l.includes('Could not deliver')) ?? '';
    expect(line).toMatch(/\[ref D[0-9A-F]{8}\]/);
    expect(line).toContain('channel_not_found');
    expect(line).toContain('missing_scope');
    expect(line).not.toContain('/response/');

    t.slack.failResponseUrl(undefined);
    t.slack.refuseMethod('chat.postEphemeral', undefined);
    t.slack.refuseMethod('conversations.open', undefined);
    const next = await command(t.people.noZone, 'today');
    const [answer] = await t.repliesAt(next.responseUrl, 1, 10_000);
    expect(answer?.body.text).toMatch(/Your calls · today/);
  });
});
