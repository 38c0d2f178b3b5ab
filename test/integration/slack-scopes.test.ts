// "/calllog scopes" end to end: an admin gets the report privately, built from the bot's real token and
// RingCentral's authz-profile; a missing permission is ❌ with its fix once RingCentral issues the bot a token
// without it; a member is refused before RingCentral is asked anything.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedMessage } from '../../src/local-slack/index.js';
import { DEFAULT_SCOPES } from '../../src/sandbox/index.js';
import { expectEveryMessageWithinLimits, withinLimits } from '../support/fake-slack.js';
import { visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ sandbox: { historyDays: 1 } });
});
afterAll(() => t?.close());
beforeEach(() => {
  t.sandbox.setScopes(DEFAULT_SCOPES);
  t.sandbox.setAuthzProfile('answer');
});
afterEach(() => expectEveryMessageWithinLimits(t.slack));

async function scopes(user = t.people.admin): Promise<{ reply: RecordedMessage; text: string }> {
  const sent = await t.command(user, 'scopes');
  expect(sent.status).toBe(200);
  const [reply] = await t.repliesAt(sent.responseUrl);
  const checked = withinLimits(reply as RecordedMessage);
  return { reply: checked, text: visibleText(checked) };
}

/** The section of the report about one capability. */
function about(reply: RecordedMessage, label: string): string {
  const texts = (reply.body.blocks ?? []).map((b) => (b as { text?: { text?: string } }).text?.text ?? '');
  return texts.find((text) => text.includes(`*${label}*`)) ?? '';
}

describe('/calllog scopes', () => {
  it("shows an admin every capability ✅, who the token acts as, the company log, the server and the token's expiry", async () => {
    const { reply, text } = await scopes();
    expect(reply.body.response_type).toBe('ephemeral');
    expect(text.match(/:white_check_mark: \*/g)).toHaveLength(7);
    expect(text).toContain('*The bot acts as* Noah');
    expect(text).toMatch(/ext 101 \(id \d+\), a RingCentral admin/);
    expect(text).toContain('(user permission FullCompanyCallLog): :white_check_mark: yes');
    expect(text).toContain(t.sandbox.url);
    expect(text).toMatch(/Access token expires\*\n.+ America\/New_York \(in \d+ min\) · renewed automatically/);
    expect(text).toContain('*Optional — not needed for the core*');
  });

  it('marks a permission removed from the app ❌ with its fix, once the bot holds a token issued without it', async () => {
    t.sandbox.setScopes(['ReadCallLog', 'ReadAccounts']);
    // A token keeps the scopes it was issued with; this one is revoked, so the bot must log in again.
    t.sandbox.revokeSession();
    const { reply, text } = await scopes();
    for (const label of ['recording details', 'recording audio']) {
      const part = about(reply, label);
      expect(part).toMatch(/^:x: /);
      expect(part).toContain('add *ReadCallRecording* → Save');
      expect(part).toContain('restart the bot so RingCentral re-issues its token');
    }
    expect(about(reply, "an extension's call log")).toMatch(/^:white_check_mark: /);
    expect(text).toContain('`ReadAccounts` `ReadCallLog`');
    expect(reply.body.text).toContain('blocked: recording details, recording audio');
  });

  it('says "unknown" for the company log when RingCentral refuses authz-profile', async () => {
    t.sandbox.setAuthzProfile('forbidden');
    const { reply, text } = await scopes();
    expect(text).toMatch(/FullCompanyCallLog\): :grey_question: unknown — RingCentral refused .*403/);
    expect(about(reply, 'the company-wide call log')).toMatch(/^:grey_question: /);
  });

  it('refuses a member privately, naming the admins, and RingCentral is asked nothing', async () => {
    t.sandbox.clearRequests();
    const { reply, text } = await scopes(t.people.la);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(text).toContain('Only Call Log admins can see');
    expect(text).toContain('<@UADMIN>');
    expect(t.sandbox.requests).toEqual([]);
  });
});
