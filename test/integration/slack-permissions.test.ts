// A RingCentral app without ReadCallLog: the service refuses before any call-log request leaves, and the user
// is told which permission is missing and what it blocks.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedMessage } from '../../src/local-slack/index.js';
import { expectEveryMessageWithinLimits } from '../support/fake-slack.js';
import { visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let t: TestBot;

beforeAll(async () => {
  // Linking users still works: it needs ReadAccounts only.
  t = await startTestBot({ sandbox: { historyDays: 1, scopes: ['ReadAccounts', 'ReadCallRecording'] } });
});
afterAll(() => t?.close());
afterEach(() => expectEveryMessageWithinLimits(t.slack));

describe('without the ReadCallLog permission', () => {
  it.each([['today'], ['active']])(
    '"/calllog %s" names ReadCallLog privately, and RingCentral sees no call-log request',
    async (text) => {
      t.sandbox.clearRequests();
      const sent = await t.command(t.people.la, text);
      const [reply] = await t.repliesAt(sent.responseUrl);
      expect(reply?.body.response_type).toBe('ephemeral');
      expect(visibleText(reply as RecordedMessage)).toContain('ReadCallLog');
      const forbidden = ['accountCallLog', 'extensionCallLog', 'accountActiveCalls', 'extensionActiveCalls'];
      expect(t.sandbox.requests.filter((r) => forbidden.includes(r.route))).toEqual([]);
    },
  );
});
