// The real bot on port 0, against the in-process RingCentral sandbox (through the real SDK) and the local Slack.
// Slack users are made from the sandbox company's extensions, so their emails link them.
import { EVENTS_PATH } from '../../src/app.js';
import type { Config, LogFormat, LogLevel } from '../../src/config.js';
import type { RecordedMessage, SlackEmulator, SlackUser } from '../../src/local-slack/index.js';
import { sendEventToBot, sendToBot } from '../../src/local-slack/index.js';
import { createLogger } from '../../src/logger.js';
import type { Sandbox, SandboxExtension, SandboxOptions } from '../../src/sandbox/index.js';
import { startFakeSlack } from './fake-slack.js';
import { type SandboxedBot, startSandboxedBot } from './sandboxed-bot.js';
import { buttonClick, slashCommand } from './slack-payloads.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-bot-token-0123456789';

export interface TestPeople {
  /** Linked to the company's admin extension; listed in CALLLOG_ADMINS. */
  admin: SlackUser;
  /** A regular user in America/Los_Angeles. */
  la: SlackUser;
  /** A regular user in Europe/Berlin. */
  berlin: SlackUser;
  /** A regular user whose Slack profile has no time zone. */
  noZone: SlackUser;
  /** Has an email no extension uses. */
  stranger: SlackUser;
}

export interface SentRequest {
  status: number;
  /** How long the bot took to answer the HTTP request (Slack allows 3 s). */
  elapsedMs: number;
  responseUrl: string;
}

export interface TestBot {
  bot: SandboxedBot;
  sandbox: Sandbox;
  slack: SlackEmulator;
  config: Config;
  people: TestPeople;
  /** Everything the bot logged. */
  logs: string[];
  extensionOf(user: SlackUser): SandboxExtension;
  command(user: SlackUser, text: string): Promise<SentRequest>;
  click(user: SlackUser, message: RecordedMessage, actionId: string): Promise<SentRequest>;
  /**
   * `user` opens the app's Home (or Messages) tab: the app_home_opened event as Slack POSTs it. `resend` delivers
   * an earlier envelope again, as Slack's retry with that X-Slack-Retry-Num.
   */
  openHome(user: SlackUser, options?: OpenHomeOptions): Promise<SentEvent>;
  /** Sends a raw body with any signature/timestamp, for the verification tests. */
  post(body: string, signingSecret: string, timestampSec?: number): Promise<Response>;
  /** Resolves once `count` messages have arrived at the response_url; returns them all. */
  repliesAt(responseUrl: string, count?: number, timeoutMs?: number): Promise<RecordedMessage[]>;
  close(): Promise<void>;
}

export interface OpenHomeOptions {
  tab?: 'home' | 'messages';
  resend?: { envelope: Record<string, unknown>; retryNum: number };
}

export interface SentEvent {
  status: number;
  elapsedMs: number;
  envelope: Record<string, unknown>;
}

export interface TestBotOptions {
  sandbox?: SandboxOptions;
  /** The bot's and the local Slack's clock (pass the same one to the sandbox for a pinned "now"). */
  now?: () => Date;
  defaultTimeZone?: string;
  logLevel?: LogLevel;
  logFormat?: LogFormat;
  /**
   * One company-wide fetch for people's own calls (the product's default). Off unless asked, so the suites that
   * check each user's own call-log requests see them.
   */
  sharedFetch?: boolean;
  /** The JWT the bot logs in with (see SandboxedBotOptions); default the admin's. */
  botJwt?: (sandbox: Sandbox) => string;
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const clock = options.now;
  const slack = await startFakeSlack([], BOT_TOKEN, clock ? () => clock().getTime() : undefined);
  const config: Config = {
    slack: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: slack.apiUrl },
    http: { port: 0, host: '127.0.0.1' },
    ringcentral: { kind: 'sandbox' },
    admins: new Set(['UADMIN']),
    publicBaseUrl: 'http://127.0.0.1',
    recordingLinkSecret: 'test-recording-link-secret-0123456789',
    recordingLinkSecretGenerated: false,
    defaultTimeZone: options.defaultTimeZone ?? 'UTC',
    logLevel: options.logLevel ?? 'debug',
    logFormat: options.logFormat ?? 'text',
    sharedFetch: options.sharedFetch ?? false,
  };
  const logs: string[] = [];
  const log = createLogger(config.logLevel, { format: config.logFormat, write: (line) => logs.push(line) });
  let bot: SandboxedBot;
  try {
    bot = await startSandboxedBot(config, {
      log,
      ...(options.sandbox ? { sandbox: options.sandbox } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.botJwt ? { botJwt: options.botJwt } : {}),
    });
  } catch (error) {
    await slack.close();
    throw error;
  }
  const sandbox = bot.sandbox;

  const people = peopleFor(sandbox.company.extensions);
  for (const person of Object.values(people)) slack.users.set(person.id, person);
  const extensions = new Map(sandbox.company.extensions.map((e) => [e.email.toLowerCase(), e]));
  const eventsUrl = `${bot.url}${EVENTS_PATH}`;

  const timed = async (request: { body: string; responseUrl: string }): Promise<SentRequest> => {
    const started = performance.now();
    const response = await sendToBot(eventsUrl, SIGNING_SECRET, request.body);
    await response.text();
    return { status: response.status, elapsedMs: performance.now() - started, responseUrl: request.responseUrl };
  };

  return {
    bot,
    sandbox,
    slack,
    config,
    people,
    logs,
    extensionOf(user) {
      const extension = user.email ? extensions.get(user.email.toLowerCase()) : undefined;
      if (!extension) throw new Error(`${user.id} is not linked to an extension`);
      return extension;
    },
    command: (user, text) => timed(slashCommand(slack, user, text)),
    click: (user, message, actionId) => timed(buttonClick(slack, user, message, actionId)),
    async openHome(user, options = {}) {
      const envelope = options.resend?.envelope ?? slack.appHomeOpened(user.id, options.tab);
      const retry = options.resend ? { retryNum: options.resend.retryNum, retryReason: 'http_timeout' } : {};
      const started = performance.now();
      const response = await sendEventToBot(eventsUrl, SIGNING_SECRET, envelope, retry);
      await response.text();
      return { status: response.status, elapsedMs: performance.now() - started, envelope };
    },
    post: (body, signingSecret, timestampSec) => sendToBot(eventsUrl, signingSecret, body, timestampSec),
    async repliesAt(responseUrl, count = 1, timeoutMs = 5000) {
      const atUrl = () => slack.messages.filter((m) => m.responseUrl === responseUrl);
      await slack.waitForMessage((m) => m.responseUrl === responseUrl && atUrl().length >= count, timeoutMs);
      return atUrl();
    },
    async close() {
      await bot.close();
      await slack.close();
    },
  };
}

function peopleFor(extensions: readonly SandboxExtension[]): TestPeople {
  const admin = extensions.find((e) => e.isAdmin);
  const regulars = extensions.filter((e) => !e.isAdmin);
  if (!admin || regulars.length === 0) throw new Error('the sandbox company needs an admin and another user');
  const regular = (i: number): SandboxExtension => regulars[i % regulars.length] as SandboxExtension;
  const person = (id: string, e: SandboxExtension, tz?: string): SlackUser => ({
    id,
    name: e.firstName.toLowerCase(),
    realName: e.name,
    email: e.email,
    ...(tz ? { tz } : {}),
  });
  return {
    admin: person('UADMIN', admin, 'America/New_York'),
    la: person('ULA', regular(0), 'America/Los_Angeles'),
    berlin: person('UBERLIN', regular(1), 'Europe/Berlin'),
    noZone: person('UNOZONE', regular(2)),
    stranger: {
      id: 'USTRANGER',
      name: 'sam',
      realName: 'Sam Stranger',
      email: 'sam@stranger.example',
      tz: 'Asia/Tokyo',
    },
  };
}
