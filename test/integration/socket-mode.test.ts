// Socket Mode end to end: the bot started with an app-level token opens its WebSocket through the local Slack's
// apps.connections.open, receives a slash command and a button click as envelopes, acknowledges each on the
// socket, and answers through the response_url — with the same calls the sandbox holds.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACTION_SHARE } from '../../src/blocks/actions.js';
import { StartupError } from '../../src/bot.js';
import type { Config } from '../../src/config.js';
import {
  type RecordedMessage,
  type SlackEmulator,
  type SlackUser,
  startSlackEmulator,
} from '../../src/local-slack/index.js';
import { createLogger } from '../../src/logger.js';
import { createRecordingLinks } from '../../src/recordings/links.js';
import { recordingReadyAt, type SandboxExtension } from '../../src/sandbox/index.js';
import { blockKitViolations, homeViewViolations } from '../support/block-kit-limits.js';
import { clockStartingAt } from '../support/clock.js';
import { type SandboxedBot, startSandboxedBot } from '../support/sandboxed-bot.js';
import { buttonClick, slashCommand, visibleText } from '../support/slack-payloads.js';

const BOT_TOKEN = 'xoxb-socket-bot-token-0123456789';
const APP_TOKEN = 'xapp-1-A0CALLLOG-0123456789-socketmode';
// 15:00 in Los Angeles on Tuesday 24 November 2026, as in the HTTP tests.
const now = clockStartingAt('2026-11-24T23:00:00Z');

let slack: SlackEmulator;
let bot: SandboxedBot;
let user: SlackUser;
let extension: SandboxExtension;
const logs: string[] = [];

function configFor(appToken: string): Config {
  return {
    slack: { signingSecret: 'socket-signing-secret-0123456789', botToken: BOT_TOKEN, appToken, apiUrl: slack.apiUrl },
    http: { port: 0, host: '127.0.0.1' },
    ringcentral: { kind: 'sandbox' },
    admins: new Set(),
    publicBaseUrl: 'http://127.0.0.1',
    recordingLinkSecret: 'socket-recording-link-secret-0123456789',
    recordingLinkSecretGenerated: false,
    defaultTimeZone: 'UTC',
    logLevel: 'debug',
    logFormat: 'text',
  };
}

/** What Slack puts in a slash_commands envelope: the fields it would otherwise form-encode. */
function commandEnvelope(text: string): { payload: Record<string, unknown>; responseUrl: string } {
  const request = slashCommand(slack, user, text);
  return { payload: Object.fromEntries(new URLSearchParams(request.body)), responseUrl: request.responseUrl };
}

/** What Slack puts in an interactive envelope: the JSON it would otherwise send as the `payload` form field. */
function clickEnvelope(
  message: RecordedMessage,
  actionId: string,
): { payload: Record<string, unknown>; responseUrl: string } {
  const request = buttonClick(slack, user, message, actionId);
  const payload = JSON.parse(new URLSearchParams(request.body).get('payload') ?? '{}') as Record<string, unknown>;
  return { payload, responseUrl: request.responseUrl };
}

const repliesAt = async (responseUrl: string): Promise<RecordedMessage> =>
  slack.waitForMessage((m) => m.responseUrl === responseUrl);

beforeAll(async () => {
  slack = await startSlackEmulator({
    users: [],
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    checkMessage: blockKitViolations,
    checkView: homeViewViolations,
  });
  const log = createLogger('debug', { write: (line) => logs.push(line) });
  bot = await startSandboxedBot(configFor(APP_TOKEN), { log, now, sandbox: { quiet: true, now, historyDays: 2 } });
  const sandbox = bot.sandbox;
  const regular = sandbox.company.extensions.find((e) => !e.isAdmin);
  if (!regular) throw new Error('the sandbox company needs a regular user');
  extension = regular;
  user = {
    id: 'ULA',
    name: regular.firstName.toLowerCase(),
    realName: regular.name,
    email: regular.email,
    tz: 'America/Los_Angeles',
  };
  slack.users.set(user.id, user);
});

afterAll(async () => {
  await bot?.close();
  await slack?.close();
});

describe('Socket Mode', () => {
  it('connects with the app-level token: apps.connections.open, then a WebSocket greeted with hello', () => {
    expect(slack.apiCalls.filter((c) => c.method === 'apps.connections.open')).toHaveLength(1);
    expect(slack.socketConnections()).toBe(1);
  });

  it('serves /healthz on HOST at the port it really listens on', async () => {
    expect(bot.port).toBeGreaterThan(0);
    expect(bot.url).toBe(`http://127.0.0.1:${bot.port}`);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('serves recording links on that port too: a valid one streams the audio, anything else gets its page', async () => {
    const record = bot.sandbox.company.records.find(
      (r) => String(r.extension.id) === extension.id && r.recording && recordingReadyAt(r) < now().getTime(),
    );
    const recordingId = record?.recording?.id ?? '';
    const links = createRecordingLinks({
      secret: configFor(APP_TOKEN).recordingLinkSecret,
      publicBaseUrl: bot.url,
      now: () => now().getTime(),
    });
    const link = new URL(links.issue(recordingId, user.id).url);
    const played = await fetch(link, { headers: { Range: 'bytes=0-99' } });
    expect(played.status).toBe(206);
    expect((await played.arrayBuffer()).byteLength).toBe(100);
    link.searchParams.set('u', 'UOTHER');
    const altered = await fetch(link);
    expect(altered.status).toBe(403);
    expect(await altered.text()).toMatch(/This link is not valid/);
    expect((await fetch(`${bot.url}/nothing-here`)).status).toBe(404);
  });

  it('acknowledges "/calllog today" on the socket at once and answers with the user\'s calls through the response_url', async () => {
    bot.sandbox.clearRequests();
    const { payload, responseUrl } = commandEnvelope('today');
    const started = performance.now();
    const ack = await slack.sendEnvelope('slash_commands', payload);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(ack.envelope_id).toMatch(/^[0-9a-f-]{36}$/);

    const reply = await repliesAt(responseUrl);
    expect(reply.violations).toEqual([]);
    expect(reply.body.response_type).toBe('ephemeral');

    // The calls shown are exactly the sandbox's records for that extension in the window the bot asked for.
    // By default a member's own calls are cut from one company-wide fetch (the bot's token may read it).
    const request = bot.sandbox.requests.find((r) => r.route === 'accountCallLog');
    expect(bot.sandbox.requests.filter((r) => r.route === 'extensionCallLog')).toEqual([]);
    const [from, to] = [Date.parse(request?.query.dateFrom?.[0] ?? ''), Date.parse(request?.query.dateTo?.[0] ?? '')];
    expect(from).toBe(Date.parse('2026-11-24T08:00:00Z')); // midnight in Los Angeles
    const expected = bot.sandbox.company.records.filter(
      (r) => String(r.extension.id) === extension.id && Date.parse(r.startTime) >= from && Date.parse(r.startTime) < to,
    );
    expect(expected?.length).toBeGreaterThan(0);
    expect(reply.body.text).toMatch(
      new RegExp(`^Your calls · today: ${(expected?.length ?? 0).toLocaleString('en-US')} calls?\\b`),
    );
    expect(visibleText(reply)).toContain('America/Los_Angeles');
  });

  it('answers an unknown word with the usage, quoting the word, and fetches nothing', async () => {
    bot.sandbox.clearRequests();
    const { payload, responseUrl } = commandEnvelope('todya');
    await slack.sendEnvelope('slash_commands', payload);
    const reply = await repliesAt(responseUrl);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(visibleText(reply)).toContain('todya');
    expect(visibleText(reply)).toContain('/calllog [when]');
    expect(bot.sandbox.requests.filter((r) => r.route === 'extensionCallLog' || r.route === 'accountCallLog')).toEqual(
      [],
    );
  });

  it('acknowledges a button click (block_actions) on the socket and answers it: Share posts the summary in the channel', async () => {
    const command = commandEnvelope('today');
    await slack.sendEnvelope('slash_commands', command.payload);
    const answer = await repliesAt(command.responseUrl);

    const click = clickEnvelope(answer, ACTION_SHARE);
    const ack = await slack.sendEnvelope('interactive', click.payload);
    expect(ack.payload ?? {}).toEqual({});
    const shared = await repliesAt(click.responseUrl);
    expect(shared.body.response_type).toBe('in_channel');
    expect(shared.violations).toEqual([]);
  });

  it('a Share click resent with retry_attempt is acknowledged and posts nothing more', async () => {
    const command = commandEnvelope('today');
    await slack.sendEnvelope('slash_commands', command.payload);
    const click = clickEnvelope(await repliesAt(command.responseUrl), ACTION_SHARE);
    await slack.sendEnvelope('interactive', click.payload);
    await repliesAt(click.responseUrl);
    const ack = await slack.sendEnvelope('interactive', click.payload, 5000, {
      retryAttempt: 1,
      retryReason: 'timeout',
    });
    expect(ack.payload ?? {}).toEqual({});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.messages.filter((m) => m.responseUrl === click.responseUrl)).toHaveLength(1);
  });

  it('acknowledges app_home_opened (events_api) on the socket and publishes the home; a resend publishes nothing more', async () => {
    const envelope = slack.appHomeOpened(user.id);
    const started = performance.now();
    await slack.sendEnvelope('events_api', envelope);
    expect(performance.now() - started).toBeLessThan(3000);
    const published = await slack.waitForView((v) => v.userId === user.id);
    expect(published.violations).toEqual([]);
    expect(JSON.stringify(published.view.blocks)).toContain(
      `*Your RingCentral extension:* ${extension.extensionNumber}`,
    );
    await slack.sendEnvelope('events_api', envelope, 5000, { retryAttempt: 1, retryReason: 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.views.filter((v) => v.userId === user.id)).toHaveLength(1);
  });

  it('never writes the app-level or bot token to its log, even at debug level', () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(APP_TOKEN);
    expect(logs.join('\n')).not.toContain(BOT_TOKEN);
  });
});

describe('Socket Mode start-up and shut-down', () => {
  it('the local Slack opens a socket only for the app-level token, passed in the Authorization header', async () => {
    const open = async (headers: Record<string, string>, body = '') => {
      const response = await fetch(`${slack.apiUrl}apps.connections.open`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
      return (await response.json()) as { ok: boolean; error?: string; url?: string };
    };
    expect(await open({})).toEqual({ ok: false, error: 'not_authed' });
    expect(await open({}, `token=${APP_TOKEN}`)).toEqual({ ok: false, error: 'not_authed' });
    expect(await open({ authorization: `Bearer ${BOT_TOKEN}` })).toEqual({
      ok: false,
      error: 'not_allowed_token_type',
    });
    expect(await open({ authorization: 'Bearer xapp-1-another-app' })).toEqual({ ok: false, error: 'invalid_auth' });
    const opened = await open({ authorization: `Bearer ${APP_TOKEN}` });
    expect(opened.ok).toBe(true);
    expect(opened.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=\w+&app_id=\w+$/);
  });

  it('refuses to start with an app token Slack does not accept, saying which token to check', async () => {
    const log = createLogger('error', { write: () => {} });
    const attempt = startSandboxedBot(configFor('xapp-1-not-this-app'), {
      log,
      sandbox: { quiet: true, historyDays: 1 },
    });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toMatchObject({ step: 'slack' });
    await expect(attempt).rejects.toThrow(/apps\.connections\.open \(invalid_auth\) — check SLACK_APP_TOKEN/);
    expect(slack.socketConnections()).toBe(1);
  });

  it('reports a port already in use as a start-up error, and leaves no socket open', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const config = configFor(APP_TOKEN);
      config.http.port = (taken.address() as AddressInfo).port;
      const attempt = startSandboxedBot(config, {
        log: createLogger('error', { write: () => {} }),
        sandbox: { quiet: true, historyDays: 1 },
      });
      await expect(attempt).rejects.toMatchObject({
        step: 'listen',
        message: expect.stringContaining('already in use'),
      });
      await vi.waitFor(() => expect(slack.socketConnections()).toBe(1), { timeout: 2000, interval: 20 });
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('closes its WebSocket when the bot stops', async () => {
    const log = createLogger('error', { write: () => {} });
    const second = await startSandboxedBot(configFor(APP_TOKEN), { log, sandbox: { quiet: true, historyDays: 1 } });
    expect(slack.socketConnections()).toBe(2);
    await second.close();
    await vi.waitFor(() => expect(slack.socketConnections()).toBe(1), { timeout: 2000, interval: 20 });
  });
});
