// The permission guard for recordings, as RingCentral's "Call Log Access Control" guide puts it: details need
// ReadCallLog and ReadCallRecording, the audio ReadCallRecording only. Each missing one gets its own private
// message naming it, and no recording request leaves. And a recording that is not there yet says so.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_OPEN_RECORDING } from '../../src/blocks/actions.js';
import type { RecordedMessage, SlackUser } from '../../src/local-slack/index.js';
import { recordingReadyAt, type SandboxCallRecord } from '../../src/sandbox/index.js';
import { clockStartingAt } from '../support/clock.js';
import { defined } from '../support/defined.js';
import { expectEveryMessageWithinLimits } from '../support/fake-slack.js';
import { buttons, visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { NO_THROTTLE } from '../unit/sandbox/sandbox-client.js';

const ALL = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts'];
const RECORDING_ROUTES = ['recording', 'recordingContent'];

async function ask(t: TestBot, user: SlackUser, text: string): Promise<RecordedMessage> {
  const sent = await t.command(user, text);
  return defined((await t.repliesAt(sent.responseUrl)).at(-1));
}

// 18:00 at the company in New York on a Tuesday: every extension has a recording from today.
const sandboxNow = clockStartingAt('2026-11-24T23:00:00Z');

function recordedCall(t: TestBot, user: SlackUser, nowMs = sandboxNow().getTime()): SandboxCallRecord {
  const own = t.extensionOf(user).id;
  return defined(
    t.sandbox.company.records.find(
      (r) => String(r.extension.id) === own && r.recording && recordingReadyAt(r) + 120_000 < nowMs,
    ),
  );
}

function linkIn(message: RecordedMessage): URL {
  return new URL(defined(buttons(message).find((b) => b.action_id === ACTION_OPEN_RECORDING)?.url));
}

describe.each([
  ['ReadCallRecording', ['ReadCallLog', 'ReadAccounts']],
  ['ReadCallLog', ['ReadCallRecording', 'ReadAccounts']],
])('without %s', (missing, scopes) => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({
      now: sandboxNow,
      sandbox: { now: sandboxNow, historyDays: 2, scopes, rateLimits: NO_THROTTLE },
    });
  });
  afterAll(() => t?.close());
  afterEach(() => expectEveryMessageWithinLimits(t.slack));

  it(`"/calllog recording ID" names ${missing} privately and sends no recording request`, async () => {
    const record = recordedCall(t, t.people.la);
    for (const id of [defined(record.recording).id, record.id]) {
      t.sandbox.clearRequests();
      const reply = await ask(t, t.people.la, `recording ${id}`);
      expect(reply.body.response_type).toBe('ephemeral');
      const text = visibleText(reply);
      expect(text).toContain(`*${missing}*`);
      expect(text).toMatch(/can't show recording details/);
      expect(buttons(reply)).toEqual([]);
      expect(t.sandbox.requests.filter((r) => RECORDING_ROUTES.includes(r.route))).toEqual([]);
      // Nothing about calls either: the guard refuses before the call is looked up.
      expect(t.sandbox.requests.filter((r) => /CallLog|CallRecord/.test(r.route))).toEqual([]);
    }
  });

  it(`an admin is refused the same way, naming ${missing}`, async () => {
    t.sandbox.clearRequests();
    const reply = await ask(t, t.people.admin, `recording ${defined(recordedCall(t, t.people.la).recording).id}`);
    expect(visibleText(reply)).toContain(`*${missing}*`);
    expect(t.sandbox.requests.filter((r) => RECORDING_ROUTES.includes(r.route))).toEqual([]);
  });
});

describe('the audio needs ReadCallRecording only', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({
      now: sandboxNow,
      sandbox: { now: sandboxNow, historyDays: 2, scopes: ALL, rateLimits: NO_THROTTLE },
    });
  });
  afterAll(() => t?.close());

  it('a link still plays once ReadCallLog is withdrawn; without ReadCallRecording its page names that', async () => {
    const link = linkIn(await ask(t, t.people.la, `recording ${defined(recordedCall(t, t.people.la).recording).id}`));
    const open = () => fetch(`${t.bot.url}${link.pathname}${link.search}`, { headers: { Range: 'bytes=0-3' } });
    try {
      t.sandbox.setScopes(['ReadCallRecording', 'ReadAccounts']);
      const played = await open();
      expect(played.status).toBe(206);
      expect(Buffer.from(await played.arrayBuffer()).toString('ascii')).toBe('RIFF');

      t.sandbox.setScopes(['ReadCallLog', 'ReadAccounts']);
      const refused = await open();
      expect(refused.status).toBe(503);
      expect(await refused.text()).toMatch(/lacks the ReadCallRecording permission/);
    } finally {
      t.sandbox.setScopes(ALL);
    }
  });
});

describe('a recording that is not there yet', () => {
  let t: TestBot;
  /** Bot and sandbox share this clock: it is put back to just after a call ended. */
  let offsetMs = 0;
  const now = () => new Date(sandboxNow().getTime() + offsetMs);

  beforeAll(async () => {
    t = await startTestBot({ now, sandbox: { now, historyDays: 2, rateLimits: NO_THROTTLE } });
  });
  afterAll(() => t?.close());
  afterEach(() => expectEveryMessageWithinLimits(t.slack));

  it('says it is not ready yet, for the call id and the recording id alike; later it plays', async () => {
    const record = recordedCall(t, t.people.la);
    const recordingId = defined(record.recording).id;
    const endedTenSecondsAgo = Date.parse(record.startTime) + (record.durationMs ?? 0) + 10_000;
    offsetMs = endedTenSecondsAgo - sandboxNow().getTime();
    try {
      for (const id of [record.id, recordingId]) {
        const text = visibleText(await ask(t, t.people.la, `recording ${id}`));
        expect(text).toMatch(new RegExp(`The recording for \`${id}\` isn't ready yet`));
        expect(text).toMatch(/a few minutes/);
      }
    } finally {
      offsetMs = 0;
    }
    expect(linkIn(await ask(t, t.people.la, `recording ${record.id}`)).pathname).toBe(`/recordings/${recordingId}`);
  });

  it('says "no such recording" for an id nobody has: a different answer', async () => {
    const text = visibleText(await ask(t, t.people.la, 'recording 12345'));
    expect(text).toMatch(/found no recording or call `12345`/);
    expect(text).not.toMatch(/isn't ready yet/);
  });
});

describe('the audit lines, as JSON logs', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({
      now: sandboxNow,
      logFormat: 'json',
      logLevel: 'info',
      sandbox: { now: sandboxNow, historyDays: 2, rateLimits: NO_THROTTLE },
    });
  });
  afterAll(() => t?.close());

  it('one object per link issued and per stream: who, which recording, which call, when; no signature', async () => {
    const record = recordedCall(t, t.people.la);
    const link = linkIn(await ask(t, t.people.la, `recording ${record.id}`));
    await (await fetch(`${t.bot.url}${link.pathname}${link.search}`)).arrayBuffer();
    const entries = t.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const expected = {
      level: 'info',
      slackUser: 'ULA',
      recordingId: defined(record.recording).id,
      callRecordId: record.id,
      extensionId: t.extensionOf(t.people.la).id,
    };
    expect(entries.find((e) => e.msg === 'recording link issued')).toMatchObject({
      ...expected,
      at: expect.any(String),
    });
    expect(entries.find((e) => e.msg === 'recording streamed')).toMatchObject({ ...expected, status: 200 });
    expect(t.logs.join('\n')).not.toContain(defined(link.searchParams.get('sig')));
  });
});
