// A 10 000-call day: the answer is summarised and paged within every Block Kit limit, and the pages add up to
// every call RingCentral holds for that user's day.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_NEXT } from '../../src/blocks/actions.js';
import { CALLS_PER_PAGE } from '../../src/blocks/call-list.js';
import type { RecordedMessage } from '../../src/local-slack/index.js';
import { clockStartingAt } from '../support/clock.js';
import { expectEveryMessageWithinLimits, withinLimits } from '../support/fake-slack.js';
import { visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// 22:30 in New York, the sandbox company's zone: nearly the whole synthetic day has happened.
const now = clockStartingAt('2026-11-25T03:30:00Z');
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ now, sandbox: { now, extensionCount: 2, callsToday: 10_000, historyDays: 0 } });
});
afterAll(() => t?.close());
afterEach(() => expectEveryMessageWithinLimits(t.slack));

describe('a 10 000-call day', () => {
  it('renders within every limit, with as many pages as the calls need', async () => {
    t.sandbox.clearRequests();
    const sent = await t.command(t.people.la, 'today');
    const [reply] = await t.repliesAt(sent.responseUrl, 1, 15_000);
    const list = withinLimits(reply as RecordedMessage);

    const requests = t.sandbox.requests.filter((r) => r.route === 'extensionCallLog');
    const from = Date.parse(requests[0]?.query.dateFrom?.[0] ?? '');
    const to = Date.parse(requests[0]?.query.dateTo?.[0] ?? '');
    const extensionId = t.extensionOf(t.people.la).id;
    const calls = t.sandbox.company.records.filter(
      (r) => String(r.extension.id) === extensionId && Date.parse(r.startTime) >= from && Date.parse(r.startTime) < to,
    );
    expect(calls.length).toBeGreaterThan(3000);
    // Every page of RingCentral's answer was read (1000 per page).
    expect(requests).toHaveLength(Math.ceil(calls.length / 1000));

    const pages = Math.ceil(calls.length / CALLS_PER_PAGE);
    const text = visibleText(list);
    expect(text).toContain(`Page 1 of ${pages.toLocaleString('en-US')}`);
    expect(text).toContain(`of ${calls.length.toLocaleString('en-US')}`);

    const click = await t.click(t.people.la, list, ACTION_NEXT);
    const [second] = await t.repliesAt(click.responseUrl);
    expect(visibleText(withinLimits(second as RecordedMessage))).toContain(
      `Page 2 of ${pages.toLocaleString('en-US')}`,
    );
  });
});
