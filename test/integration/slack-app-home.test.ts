// The App Home end to end: the local Slack POSTs app_home_opened (Events API, signed JSON) to the real bot,
// which answers at once and publishes the user's home with views.publish — checked against Slack's view limits,
// its counts against the sandbox's own records.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type PublishedView, type SlackUser, sendEventToBot } from '../../src/local-slack/index.js';
import { clockStartingAt } from '../support/clock.js';
import { expectEveryMessageWithinLimits } from '../support/fake-slack.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// 18:00 in New York, 15:00 in Los Angeles, on Tuesday 24 November 2026, at the start of a minute.
const now = clockStartingAt('2026-11-24T23:00:00Z');
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ now, sandbox: { now, historyDays: 1 } });
});
afterAll(() => t?.close());
afterEach(() => expectEveryMessageWithinLimits(t.slack));

/** Opens the Home tab and waits for the view the bot publishes for that delivery. */
async function openHome(
  user: SlackUser,
): Promise<{ published: PublishedView; text: string; envelope: Record<string, unknown> }> {
  const before = t.slack.views.length;
  const sent = await t.openHome(user);
  expect(sent.status).toBe(200);
  expect(sent.elapsedMs).toBeLessThan(3000);
  const published = await t.slack.waitForView((v) => v.userId === user.id && t.slack.views.indexOf(v) >= before);
  expect(published.violations).toEqual([]);
  expect(published.accepted).toBe(true);
  return { published, text: JSON.stringify(published.view.blocks), envelope: sent.envelope };
}

const callLogRequests = () => t.sandbox.requests.filter((r) => r.route === 'extensionCallLog');

describe('the App Home', () => {
  it("shows a member their extension, zone and today's counts, as the sandbox holds them", async () => {
    const extension = t.extensionOf(t.people.la);
    const { published, text } = await openHome(t.people.la);
    expect(published.view.type).toBe('home');
    expect(text).toContain(`*Your RingCentral extension:* ${extension.extensionNumber} · ${extension.name}`);
    expect(text).toContain('America/Los_Angeles (from your Slack profile)');
    const from = Date.parse('2026-11-24T08:00:00Z'); // midnight in Los Angeles
    const to = Date.parse('2026-11-24T23:00:00Z');
    const today = t.sandbox.company.records.filter(
      (r) => String(r.extension.id) === extension.id && Date.parse(r.startTime) >= from && Date.parse(r.startTime) < to,
    );
    expect(today.length).toBeGreaterThan(0);
    expect(text).toContain(`*Calls*\\n${today.length}`);
    expect(text).toContain('/calllog active');
    expect(text).not.toContain('/calllog scopes');
    expect(t.slack.homeView(t.people.la.id)).toMatchObject({ type: 'home', blocks: published.view.blocks });
  });

  it('gives an admin the admin commands and the permissions summary', async () => {
    const { text } = await openHome(t.people.admin);
    expect(text).toContain('/calllog scopes');
    expect(text).toContain('*RingCentral permissions:* all 7 capabilities available');
    expect(text).toContain('FullCompanyCallLog');
  });

  it('tells a user no extension matches how to get linked, and counts nothing', async () => {
    t.sandbox.clearRequests();
    const { text } = await openHome(t.people.stranger);
    expect(text).toContain("Call Log can't tell which RingCentral extension is yours");
    expect(text).toContain('sam@stranger.example');
    expect(text).toContain('*How to fix it*');
    expect(callLogRequests()).toEqual([]);
  });

  it("a resend of the same event (Slack's retry) publishes nothing new and asks RingCentral nothing more", async () => {
    const { envelope } = await openHome(t.people.berlin);
    const views = t.slack.views.length;
    const requests = t.sandbox.requests.length;
    const resent = await t.openHome(t.people.berlin, { resend: { envelope, retryNum: 1 } });
    expect(resent.status).toBe(200);
    // Give a wrongly repeated publish time to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.slack.views.length).toBe(views);
    expect(t.sandbox.requests.length).toBe(requests);
    expect(t.slack.homeView(t.people.berlin.id)).toBeDefined();
  });

  it('opening it twice publishes twice, the second replacing the first, from one call-log request', async () => {
    t.sandbox.clearRequests();
    const first = await openHome(t.people.noZone);
    const second = await openHome(t.people.noZone);
    expect(second.envelope.event_id).not.toBe(first.envelope.event_id);
    // Slack includes the current view in the event once one was published.
    expect((second.envelope.event as { view?: { id?: string } }).view?.id).toBe(
      t.slack.homeView(t.people.noZone.id)?.id,
    );
    expect(t.slack.views.filter((v) => v.userId === t.people.noZone.id)).toHaveLength(2);
    expect(t.slack.homeView(t.people.noZone.id)).toMatchObject({ blocks: second.published.view.blocks });
    expect(callLogRequests()).toHaveLength(1);
  });

  it('an event not signed with the signing secret is refused (401) and publishes nothing', async () => {
    const before = t.slack.views.length;
    const response = await sendEventToBot(t.bot.url, 'not-the-signing-secret', t.slack.appHomeOpened(t.people.la.id));
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.slack.views.length).toBe(before);
  });

  it('publishes nothing for the Messages tab', async () => {
    const before = t.slack.views.length;
    const sent = await t.openHome(t.people.la, { tab: 'messages' });
    expect(sent.status).toBe(200);
    await openHome(t.people.admin);
    expect(t.slack.views.slice(before).map((v) => v.userId)).toEqual([t.people.admin.id]);
  });
});
