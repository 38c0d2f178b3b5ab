// Start-up failures end in one StartupError line that says what to fix — never an unhandled rejection, never a
// secret.

import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotConfig, StartupError, startBot } from '../../src/bot.js';
import type { SlackEmulator } from '../../src/local-slack/index.js';
import { createLogger } from '../../src/logger.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { startFakeSlack } from '../support/fake-slack.js';

const BOT_TOKEN = 'xoxb-startup-right-token';
let slack: SlackEmulator;
let sandbox: Sandbox;
const logs: string[] = [];
const log = createLogger('debug', { write: (line) => logs.push(line) });

beforeAll(async () => {
  slack = await startFakeSlack([], BOT_TOKEN);
  // Every start logs in and every close revokes: more than RingCentral's 5 auth requests a minute.
  sandbox = await startSandbox({
    quiet: true,
    historyDays: 0,
    rateLimits: { Auth: { limit: 100, windowSec: 60, penaltySec: 60 } },
  });
});
afterAll(async () => {
  await slack?.close();
  await sandbox?.close();
});

function config(overrides: Partial<BotConfig> = {}): BotConfig {
  return {
    slack: { signingSecret: 'startup-signing-secret', botToken: BOT_TOKEN, apiUrl: slack.apiUrl },
    http: { port: 0, host: '127.0.0.1' },
    ringcentral: { kind: 'live', serverUrl: sandbox.url, ...sandbox.credentials },
    admins: new Set(),
    publicBaseUrl: 'http://127.0.0.1',
    recordingLinkSecret: 'startup-recording-secret-123',
    recordingLinkSecretGenerated: false,
    defaultTimeZone: 'UTC',
    logLevel: 'debug',
    logFormat: 'text',
    ...overrides,
  };
}

async function startupError(cfg: BotConfig): Promise<StartupError> {
  const error = await startBot(cfg, { log }).then(
    async (bot) => {
      await bot.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  const message = (error as StartupError).message;
  expect(message).not.toContain('\n');
  return error as StartupError;
}

describe('startBot', () => {
  it('starts against a live-configured RingCentral and reports the real port', async () => {
    const bot = await startBot(config(), { log });
    try {
      expect(bot.port).toBeGreaterThan(0);
      expect(bot.url).toBe(`http://127.0.0.1:${bot.port}`);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.close();
    }
  });

  it('says so when Slack rejects the bot token on auth.test', async () => {
    const cfg = config();
    const error = await startupError({ ...cfg, slack: { ...cfg.slack, botToken: 'xoxb-wrong-token-q7z' } });
    expect(error.step).toBe('slack');
    expect(error.message).toMatch(/invalid_auth.*SLACK_BOT_TOKEN/);
    expect(error.message).not.toContain('q7z');
  });

  it('says so when RingCentral refuses the login, without printing the credentials', async () => {
    const error = await startupError(
      config({
        ringcentral: {
          kind: 'live',
          serverUrl: sandbox.url,
          clientId: sandbox.credentials.clientId,
          clientSecret: 'wrong-secret-q7z',
          jwt: sandbox.credentials.jwt,
        },
      }),
    );
    expect(error.step).toBe('ringcentral');
    expect(error.message).toMatch(/RingCentral refused the bot's login.*RC_CLIENT_ID, RC_CLIENT_SECRET and RC_JWT/);
    expect(error.message).not.toContain('q7z');
    expect(error.message).not.toContain(sandbox.credentials.jwt);
  });

  it('says so when the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as AddressInfo).port;
      const error = await startupError(config({ http: { port, host: '127.0.0.1' } }));
      expect(error.step).toBe('listen');
      expect(error.message).toBe(
        `Port ${port} is already in use on 127.0.0.1 — stop the other process or set PORT to a free port`,
      );
    } finally {
      blocker.close();
    }
  });

  it('never logged a secret while starting and failing', () => {
    const text = logs.join('\n');
    for (const secret of [
      BOT_TOKEN,
      sandbox.credentials.clientSecret,
      sandbox.credentials.jwt,
      'startup-signing-secret',
    ])
      expect(text).not.toContain(secret);
  });
});
