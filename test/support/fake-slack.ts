// The local Slack for tests: every message the bot sends is checked against Block Kit's limits, and a test
// fails on any message that breaks one.
import { expect } from 'vitest';
import {
  type RecordedMessage,
  type SlackEmulator,
  type SlackUser,
  startSlackEmulator,
} from '../../src/local-slack/index.js';
import { blockKitViolations, homeViewViolations } from './block-kit-limits.js';

export async function startFakeSlack(
  users: SlackUser[] = [],
  botToken?: string,
  now?: () => number,
): Promise<SlackEmulator> {
  return startSlackEmulator({
    users,
    ...(now ? { now } : {}),
    checkMessage: blockKitViolations,
    checkView: homeViewViolations,
    ...(botToken ? { botToken } : {}),
  });
}

/** Fails the test if any message or view sent so far broke a Block Kit limit; use in afterEach. */
export function expectEveryMessageWithinLimits(slack: SlackEmulator): void {
  const broken = slack.messages.filter((m) => m.violations.length > 0);
  expect(broken.map((m) => ({ via: m.via, text: m.body.text?.slice(0, 80), violations: m.violations }))).toEqual([]);
  const refused = slack.views.filter((v) => v.violations.length > 0);
  expect(refused.map((v) => ({ user: v.userId, violations: v.violations }))).toEqual([]);
}

/** One message, checked: fails the test if it broke a Block Kit limit. */
export function withinLimits(message: RecordedMessage): RecordedMessage {
  expect(message.violations, `Block Kit violations in "${message.body.text?.slice(0, 80)}"`).toEqual([]);
  return message;
}
