// Starts everything the bot needs, in order: the RingCentral client and its login, the service, the Bolt app
// (auth.test) and its listener. A failure at any step stops what was started and becomes a StartupError with one
// line that says what to fix. Which RingCentral it logs in to is the caller's business: a real account, or a
// sandbox the caller started (main.ts with CALLLOG_SANDBOX=1, the demo, the tests).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import { slackErrorCode } from './access/slack-profiles.js';
import { AppTokenRefusedError, createApp, EVENTS_PATH, HEALTH_PATH } from './app.js';
import type { Config, RingCentralConfig } from './config.js';
import { createLogger } from './logger.js';
import { type ClientLog, createRingCentralClient } from './ringcentral/client.js';
import { createCallLogService } from './service/call-log-service.js';

export type StartupStep = 'ringcentral' | 'slack' | 'listen';

/** The RingCentral server the bot logs in to, and the app credentials and JWT it logs in with. */
export type RingCentralCredentials = Extract<RingCentralConfig, { kind: 'live' }>;

/** A Config whose RingCentral is known: credentials, never "start a sandbox". */
export type BotConfig = Config & { ringcentral: RingCentralCredentials };

export class StartupError extends Error {
  constructor(
    readonly step: StartupStep,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

export interface StartBotOptions {
  log?: Logger;
  /** The bot's clock, for "today" and "now" (tests pin it, and give a sandbox the same one). */
  now?: () => Date;
}

export interface RunningBot {
  /** http://host:port, reachable from this machine. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startBot(config: BotConfig, options: StartBotOptions = {}): Promise<RunningBot> {
  const log = options.log ?? createLogger(config.logLevel, { format: config.logFormat });
  // Undo in reverse order whatever was started, on failure or on close.
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error: unknown) => log.warn('While shutting down:', oneLine(error)));
    }
  };

  try {
    const ringcentral = config.ringcentral;
    const client = createRingCentralClient({ ...ringcentral, log: clientLog(log) });
    await step('ringcentral', `RingCentral refused the bot's login at ${ringcentral.serverUrl}`, () => client.login(), {
      hint: 'check RC_CLIENT_ID, RC_CLIENT_SECRET and RC_JWT',
    });
    stops.push(() => client.close());

    // The app's clock, so "a recording not ready yet" is judged by the same "now" as everything else.
    const clock = options.now;
    const service = createCallLogService({
      client,
      serverUrl: ringcentral.serverUrl,
      sharedFetch: config.sharedFetch ?? true,
      ...(clock ? { now: () => clock().getTime() } : {}),
    });
    let ready = false;
    const { app } = createApp({
      config,
      service,
      logger: log,
      isReady: () => ready,
      ...(options.now ? { now: options.now } : {}),
    });
    await slackAuthTest(() => app.init(), config);

    const listeningOn = await listen(() => app.start({ port: config.http.port, host: config.http.host }), config);
    stops.push(async () => {
      await app.stop();
    });
    // Socket Mode serves /healthz on its own server, on the configured port.
    const port = listeningOn ?? config.http.port;
    ready = true;

    const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? '127.0.0.1' : config.http.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    if (config.recordingLinkSecretGenerated) {
      log.warn(
        'RECORDING_LINK_SECRET is not set: a random one was made, so recording links stop working when the bot restarts.',
      );
    }
    log.info(
      config.slack.appToken
        ? `Call Log is connected to Slack in Socket Mode; health check at ${url}${HEALTH_PATH}`
        : `Call Log is listening at ${url}${EVENTS_PATH} (health check at ${url}${HEALTH_PATH})`,
    );
    return { url, port, close: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Runs one start-up step; any failure becomes a StartupError for that step. */
async function step<T>(
  name: StartupStep,
  what: string,
  run: () => Promise<T>,
  extra: { hint?: string } = {},
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(name, `${what}: ${oneLine(error)}${extra.hint ? ` — ${extra.hint}` : ''}`, { cause: error });
  }
}

async function slackAuthTest(init: () => Promise<void>, config: Config): Promise<void> {
  try {
    await init();
  } catch (error) {
    const code = slackErrorCode(error);
    if (code) {
      const fix =
        code === 'invalid_auth' || code === 'not_authed' || code === 'account_inactive' || code === 'token_revoked'
          ? 'check SLACK_BOT_TOKEN (the xoxb- token on the OAuth & Permissions page)'
          : 'check the Slack app settings';
      throw new StartupError('slack', `Slack rejected the bot token on auth.test (${code}) — ${fix}`, { cause: error });
    }
    throw new StartupError(
      'slack',
      `Could not reach Slack's Web API at ${config.slack.apiUrl}: ${oneLine(error)} — check SLACK_API_URL and the network`,
      {
        cause: error,
      },
    );
  }
}

/** Starts the receiver; returns the port it really listens on (port 0 picks a free one). */
async function listen(start: () => Promise<unknown>, config: Config): Promise<number | undefined> {
  try {
    const server = await start();
    const address = isServer(server) ? server.address() : null;
    return address && typeof address === 'object' ? (address as AddressInfo).port : undefined;
  } catch (error) {
    if (error instanceof AppTokenRefusedError) throw new StartupError('slack', error.message, { cause: error });
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const where = `${config.http.host}:${config.http.port}`;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        'listen',
        `Port ${config.http.port} is already in use on ${config.http.host} — stop the other process or set PORT to a free port`,
        {
          cause: error,
        },
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new StartupError(
        'listen',
        `Cannot listen on ${where}: HOST is not an address of this machine — set HOST, e.g. 0.0.0.0`,
        { cause: error },
      );
    }
    if (code === 'EACCES') {
      throw new StartupError(
        'listen',
        `Not allowed to listen on ${where} — use a PORT above 1023 or run with the needed rights`,
        { cause: error },
      );
    }
    throw new StartupError('listen', `Could not start listening on ${where}: ${oneLine(error)}`, { cause: error });
  }
}

function isServer(value: unknown): value is Server {
  return typeof value === 'object' && value !== null && 'address' in value && typeof value.address === 'function';
}

function clientLog(log: Logger): ClientLog {
  const parts = (message: string, context?: object): unknown[] =>
    context === undefined ? [message] : [message, context];
  return {
    debug: (message, context) => log.debug(...parts(message, context)),
    info: (message, context) => log.info(...parts(message, context)),
    warn: (message, context) => log.warn(...parts(message, context)),
    error: (message, context) => log.error(...parts(message, context)),
  };
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || 'unknown error';
}
