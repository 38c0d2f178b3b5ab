// The bot signed in as a RingCentral user without FullCompanyCallLog (a regular user's JWT): RingCentral answers the
// company-wide views with 403 CMN-408, asked once, and the admin is told exactly that and how it is granted.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedMessage } from '../../src/local-slack/index.js';
import type { SandboxExtension } from '../../src/sandbox/index.js';
import { expectEveryMessageWithinLimits, withinLimits } from '../support/fake-slack.js';
import { visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let t: TestBot;
let botUser: SandboxExtension;

beforeAll(async () => {
  t = await startTestBot({
    sandbox: { historyDays: 1 },
    botJwt: (sandbox) => {
      botUser = sandbox.company.extensions.find((e) => !e.isAdmin) as SandboxExtension;
      return sandbox.jwtFor(botUser.id);
    },
  });
});
afterAll(() => t?.close());
afterEach(() => expectEveryMessageWithinLimits(t.slack));

async function adminAsks(text: string): Promise<RecordedMessage> {
  t.sandbox.clearRequests();
  const sent = await t.command(t.people.admin, text);
  const [reply] = await t.repliesAt(sent.responseUrl);
  return withinLimits(reply as RecordedMessage);
}

describe('a bot user without FullCompanyCallLog', () => {
  it('"today all": RingCentral refuses once with CMN-408, and the admin is told what is missing and how to grant it', async () => {
    const reply = await adminAsks('today all');
    const refused = t.sandbox.requests.filter((r) => r.route === 'accountCallLog');
    expect(refused.map((r) => [r.status, r.tokenOwner])).toEqual([[403, botUser.id]]);
    expect(reply.body.response_type).toBe('ephemeral');
    const text = visibleText(reply);
    expect(text).toContain('CMN-408');
    expect(text).toMatch(/the RingCentral user the bot signs in as .*lacks the \*FullCompanyCallLog\* user permission/);
    expect(text).toMatch(/RingCentral Admin Portal.*role that includes \*FullCompanyCallLog\*/);
    expect(text).toContain('RC_JWT');
  });

  it('"ext N": the same refusal for another extension\'s log, naming what RingCentral asked for', async () => {
    const other = t.sandbox.company.extensions.find((e) => !e.isAdmin && e.id !== botUser.id) as SandboxExtension;
    const reply = await adminAsks(`today ext ${other.extensionNumber}`);
    expect(t.sandbox.requests.filter((r) => r.route === 'extensionCallLog').map((r) => r.status)).toEqual([403]);
    const text = visibleText(reply);
    expect(text).toContain('CMN-408');
    expect(text).toContain('lacks the *ReadCallLog* user permission for other users’ extensions');
  });
});
