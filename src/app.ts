// The Bolt app with its listeners registered: HTTP (POST /slack/events, GET /healthz) or Socket Mode when an
// app token is configured. Building it does no I/O; bot.ts initialises (auth.test) and starts it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import { createSlackProfileLookup } from './access/slack-profiles';
import { createUserAccess } from './access/user-access';
import type { Config } from './config';
import { registerListeners } from './listeners';
import { createResponseBudget } from './listeners/response-budget';
import { toBoltLevel } from './logger';
import type { CallLogService } from './service/types';

export interface AppDeps {
  config: Config;
  service: CallLogService;
  logger: Logger;
  /** The app's clock: "today" and "now" in every query. */
  now?: () => Date;
  /** Whether /healthz reports ready. Default: always. */
  isReady?: () => boolean;
}

export interface CalllogApp {
  app: App;
  receiver: HTTPReceiver | SocketModeReceiver;
}

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

// Slack's Web API answers in well under a second; a stuck call must not hold a user's answer for minutes, and
// the client's default retry policy (ten retries over half an hour) would.
const SLACK_CLIENT_OPTIONS = { timeout: 10_000, retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 } };

export function createApp(deps: AppDeps): CalllogApp {
  const { config, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const isReady = deps.isReady ?? (() => true);
  const clientOptions = { ...SLACK_CLIENT_OPTIONS, slackApiUrl: config.slack.apiUrl };
  const customRoutes = [{ path: HEALTH_PATH, method: ['GET'], handler: healthHandler(isReady) }];

  const receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        logger,
        customRoutes,
        // The socket client opens its connection through the same Web API base URL; the port serves /healthz.
        installerOptions: { port: config.http.port, clientOptions },
      })
    : new HTTPReceiver({ signingSecret: config.slack.signingSecret, endpoints: EVENTS_PATH, customRoutes, logger });

  const app = new App({
    receiver,
    token: config.slack.botToken,
    logger,
    logLevel: toBoltLevel(config.logLevel),
    clientOptions,
    // auth.test happens in app.init(), where bot.ts can turn a rejected token into one clear line.
    deferInitialization: true,
  });

  const access = createUserAccess({
    profiles: createSlackProfileLookup(app.client),
    extensionByEmail: (email) => deps.service.extensionByEmail(email),
    admins: config.admins,
    defaultTimeZone: config.defaultTimeZone,
  });
  registerListeners(app, { service: deps.service, access, logger, now, budget: createResponseBudget() });
  return { app, receiver };
}

function healthHandler(isReady: () => boolean) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const ready = isReady();
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: ready }));
  };
}
