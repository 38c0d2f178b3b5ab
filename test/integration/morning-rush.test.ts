// The morning rush: 200 people, each on their own extension, send 500 "/calllog today" within a second under
// RingCentral's default limits. One directory listing links them all and one company-wide fetch serves every
// "today", so nobody waits for the Heavy budget (10 call-log requests a minute) and no answer is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedMessage, SlackUser } from '../../src/local-slack/index.js';
import { clockStartingAt } from '../support/clock.js';
import { visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// 22:30 in New York, the sandbox company's zone: nearly the whole synthetic day has happened.
const now = clockStartingAt('2026-11-25T03:30:00Z');
const PEOPLE = 200;
const COMMANDS = 500;
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({
    now,
    sharedFetch: true,
    sandbox: { now, extensionCount: PEOPLE + 1, callsToday: 3_000, historyDays: 0 },
  });
});
afterAll(() => t?.close());

describe('the morning rush', () => {
  it('answers 500 commands from 200 people, each with exactly their own calls, on one fetch of the day', async () => {
    const people: SlackUser[] = t.sandbox.company.extensions
      .filter((e) => !e.isAdmin)
      .slice(0, PEOPLE)
      .map((e, i) => ({
        id: `URUSH${String(i).padStart(3, '0')}`,
        name: `rush${i}`,
        realName: e.name,
        email: e.email,
        tz: 'America/New_York',
      }));
    expect(people).toHaveLength(PEOPLE);
    for (const person of people) t.slack.users.set(person.id, person);
    t.sandbox.clearRequests();

    // Everyone once, then 300 of them again, all at the same moment.
    const askers = Array.from({ length: COMMANDS }, (_, i) => people[i % PEOPLE] as SlackUser);
    const sent = await Promise.all(askers.map((user) => t.command(user, 'today')));
    expect(sent.every((s) => s.status === 200)).toBe(true);
    const answers = await Promise.all(
      sent.map(async (s) => {
        const replies = await t.repliesAt(s.responseUrl, 1, 20_000);
        return replies.at(-1) as RecordedMessage;
      }),
    );
    expect(answers.filter((a) => a === undefined)).toHaveLength(0);

    const callLog = t.sandbox.requests.filter((r) => r.route === 'accountCallLog' || r.route === 'extensionCallLog');
    const from = Date.parse(callLog[0]?.query.dateFrom?.[0] ?? '');
    const to = Date.parse(callLog[0]?.query.dateTo?.[0] ?? '');
    // A call reaches the log only once it has ended, as on RingCentral.
    const day = t.sandbox.company.records.filter((r) => {
      const start = Date.parse(r.startTime);
      return start >= from && start < to && start + (r.durationMs ?? 0) <= now().getTime();
    });
    expect(callLog.every((r) => r.route === 'accountCallLog')).toBe(true);
    expect(callLog.length).toBeLessThanOrEqual(Math.ceil(day.length / 1000) + 2);
    expect(t.sandbox.requests.filter((r) => r.route === 'extensionList').length).toBeLessThanOrEqual(3);
    expect(t.sandbox.requests.filter((r) => r.status === 429)).toHaveLength(0);

    for (const [i, answer] of answers.entries()) {
      const user = askers[i] as SlackUser;
      const extensionId = t.extensionOf(user).id;
      const own = day.filter((r) => String(r.extension.id) === extensionId).length;
      const text = visibleText(answer);
      expect(text, `${user.id}'s answer`).toContain(own === 0 ? 'No calls' : `of ${own.toLocaleString('en-US')}`);
    }
  }, 60_000);
});
