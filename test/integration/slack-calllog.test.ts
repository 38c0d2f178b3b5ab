// /calllog end to end: signed requests into the real HTTP receiver, the real RingCentral SDK against the sandbox,
// answers checked where Slack would show them (the response_url) and against Block Kit's limits.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_NEXT } from '../../src/blocks/actions.js';
import type { RecordedMessage } from '../../src/local-slack/index.js';
import type { SandboxRequest } from '../../src/sandbox/index.js';
import { clockStartingAt } from '../support/clock.js';
import { expectEveryMessageWithinLimits, withinLimits } from '../support/fake-slack.js';
import { buttonValue, visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// 15:00 in Los Angeles on Tuesday 24 November 2026: a business day well under way.
const now = clockStartingAt('2026-11-24T23:00:00Z');
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ now, sandbox: { now, historyDays: 10 } });
});
afterAll(() => t?.close());
afterEach(() => expectEveryMessageWithinLimits(t.slack));

const callLogRequests = (): SandboxRequest[] =>
  t.sandbox.requests.filter((r) => r.route === 'extensionCallLog' || r.route === 'accountCallLog');
const param = (request: SandboxRequest | undefined, name: string): string => request?.query[name]?.[0] ?? '';

/** The sandbox's own records for an extension with dateFrom <= startTime < dateTo. */
function recordsFor(extensionId: string, from: string, to: string) {
  const [start, end] = [Date.parse(from), Date.parse(to)];
  return t.sandbox.company.records.filter(
    (r) => String(r.extension.id) === extensionId && Date.parse(r.startTime) >= start && Date.parse(r.startTime) < end,
  );
}

/** "Your calls · today: 23 calls, …" → 23 */
function totalShown(message: RecordedMessage): number {
  const match = /: ([\d,]+) calls?\b/.exec(message.body.text ?? '');
  if (!match?.[1]) throw new Error(`no call count in "${message.body.text}"`);
  return Number(match[1].replaceAll(',', ''));
}

describe('/calllog today', () => {
  it('asks RingCentral for Los Angeles midnight to now for a user in Los Angeles, and shows exactly those calls', async () => {
    t.sandbox.clearRequests();
    const sent = await t.command(t.people.la, 'today');
    expect(sent.status).toBe(200);
    const [reply] = await t.repliesAt(sent.responseUrl);

    const [request, ...more] = callLogRequests();
    expect(more).toEqual([]);
    expect(request?.path).toContain(`/extension/${t.extensionOf(t.people.la).id}/call-log`);
    expect(Date.parse(param(request, 'dateFrom'))).toBe(Date.parse('2026-11-24T08:00:00Z')); // 00:00 PST
    const askedTo = Date.parse(param(request, 'dateTo'));
    expect(Math.abs(askedTo - now().getTime())).toBeLessThan(5_000);

    const expected = recordsFor(t.extensionOf(t.people.la).id, param(request, 'dateFrom'), param(request, 'dateTo'));
    expect(expected.length).toBeGreaterThan(0);
    expect(withinLimits(reply as RecordedMessage).body.response_type).toBe('ephemeral');
    expect(totalShown(reply as RecordedMessage)).toBe(expected.length);
    expect(visibleText(reply as RecordedMessage)).toContain('America/Los_Angeles');
  });

  it('counts a spring-forward day in Europe/Berlin as 23 hours', async () => {
    t.sandbox.clearRequests();
    const sent = await t.command(t.people.berlin, '2026-03-29');
    await t.repliesAt(sent.responseUrl);
    const [request] = callLogRequests();
    expect(param(request, 'dateFrom')).toBe('2026-03-28T23:00:00.000Z');
    expect(Date.parse(param(request, 'dateTo')) - Date.parse(param(request, 'dateFrom'))).toBe(23 * 3600_000);
  });

  it('uses DEFAULT_TIMEZONE for a user whose Slack profile has no zone', async () => {
    t.sandbox.clearRequests();
    const sent = await t.command(t.people.noZone, 'yesterday');
    await t.repliesAt(sent.responseUrl);
    expect(param(callLogRequests()[0], 'dateFrom')).toBe('2026-11-23T00:00:00.000Z'); // the test bot's default is UTC
  });
});

describe('what a user cannot get wrong', () => {
  it('answers an unknown word with usage quoting it, fetches nothing, and keeps serving', async () => {
    t.sandbox.clearRequests();
    const bad = await t.command(t.people.la, 'todya missed');
    const [usage] = await t.repliesAt(bad.responseUrl);
    expect(usage?.body.response_type).toBe('ephemeral');
    expect(visibleText(usage as RecordedMessage)).toContain('todya');
    expect(visibleText(usage as RecordedMessage)).toContain('/calllog [when]');
    expect(callLogRequests()).toEqual([]);

    const good = await t.command(t.people.la, 'yesterday');
    const [answer] = await t.repliesAt(good.responseUrl);
    expect(answer?.body.text).toMatch(/^Your calls · yesterday/);
  });

  it('tells a user whose Slack email matches no extension, showing that email', async () => {
    t.sandbox.clearRequests();
    const sent = await t.command(t.people.stranger, 'today');
    const [reply] = await t.repliesAt(sent.responseUrl);
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(visibleText(reply as RecordedMessage)).toContain('sam@stranger.example');
    expect(callLogRequests()).toEqual([]);
  });
});

describe('paging', () => {
  it("gives a colleague who clicks Next their own calls for that window, never the first user's", async () => {
    const sent = await t.command(t.people.la, 'last 7 days');
    const [list] = await t.repliesAt(sent.responseUrl);
    expect(buttonValue(list as RecordedMessage, ACTION_NEXT)).toBeDefined();
    const laRequest = callLogRequests().at(-1);

    t.sandbox.clearRequests();
    const click = await t.click(t.people.berlin, list as RecordedMessage, ACTION_NEXT);
    expect(click.status).toBe(200);
    const [page] = await t.repliesAt(click.responseUrl);

    const berlinExtension = t.extensionOf(t.people.berlin);
    expect(berlinExtension.id).not.toBe(t.extensionOf(t.people.la).id);
    const requests = callLogRequests();
    expect(requests.map((r) => r.path)).toEqual([expect.stringContaining(`/extension/${berlinExtension.id}/call-log`)]);
    // Same window as the message that was clicked, the colleague's own calls in it.
    expect(param(requests[0], 'dateFrom')).toBe(param(laRequest, 'dateFrom'));
    expect(param(requests[0], 'dateTo')).toBe(param(laRequest, 'dateTo'));
    expect(totalShown(page as RecordedMessage)).toBe(
      recordsFor(berlinExtension.id, param(laRequest, 'dateFrom'), param(laRequest, 'dateTo')).length,
    );
    expect(page?.body.replace_original).toBe(true);
    expect(visibleText(page as RecordedMessage)).toContain('Europe/Berlin');
  });

  it('turns to page 2 of the same list for the user who asked', async () => {
    const sent = await t.command(t.people.la, 'last 7 days');
    const [list] = await t.repliesAt(sent.responseUrl);
    const click = await t.click(t.people.la, list as RecordedMessage, ACTION_NEXT);
    const [page] = await t.repliesAt(click.responseUrl);
    expect(page?.ts).toBe(list?.ts);
    expect(totalShown(page as RecordedMessage)).toBe(totalShown(list as RecordedMessage));
    expect(visibleText(page as RecordedMessage)).toMatch(/Page 2 of \d+/);
    expect(page?.body.text).toMatch(/^Your calls · last 7 days/);
  });
});

describe('secrets', () => {
  it('never appear in Slack messages or in the logs', () => {
    const secrets = [
      t.config.slack.signingSecret,
      t.config.slack.botToken,
      t.config.recordingLinkSecret,
      t.sandbox.credentials.clientSecret,
      t.sandbox.credentials.jwt,
    ];
    const slackText = JSON.stringify(t.slack.messages);
    const logText = t.logs.join('\n');
    for (const secret of secrets) {
      expect(slackText).not.toContain(secret);
      expect(logText).not.toContain(secret);
    }
  });
});
