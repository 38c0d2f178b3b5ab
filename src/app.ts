// The Bolt app with its listeners registered: HTTP (POST /slack/events, GET /healthz, GET /recordings/{id}) or
// Socket Mode when an app token is configured, with /healthz and the recording links served on PORT all the same.
// Building it does no I/O; bot.ts initialises (auth.test) and starts it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { App, HTTPReceiver, type Logger, type Receiver, SocketModeReceiver } from '@slack/bolt';
import { createSlackProfileLookup, slackErrorCode } from './access/slack-profiles.js';
import { createUserAccess } from './access/user-access.js';
import type { Config } from './config.js';
import { registerListeners } from './listeners/index.js';
import { createResponseBudget } from './listeners/response-budget.js';
import { toBoltLevel } from './logger.js';
import { createRecordingLinks, RECORDINGS_PATH } from './recordings/links.js';
import { createRecordingAccess } from './recordings/recording-access.js';
import { createRecordingRoute, RECORDING_ROUTE_PATTERN, type RequestHandler } from './recordings/route.js';
import type { CallLogService } from './service/types.js';
import { answerOnce } from './slack-requests/answer-once.js';
import { checkSlackRequests } from './slack-requests/request-checks.js';

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
const SLACK_CLIENT_OPTIONS = {
  timeout: 10_000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
};

export function createApp(deps: AppDeps): CalllogApp {
  const { config, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const isReady = deps.isReady ?? (() => true);
  const clientOptions = { ...SLACK_CLIENT_OPTIONS, slackApiUrl: config.slack.apiUrl };
  // The recording route needs the user access made from the app's own client, so it is bound once that exists.
  let recordingRoute: RequestHandler = (_req, res) => void res.writeHead(503).end();
  const recordings: RequestHandler = (req, res) => recordingRoute(req, res);
  const customRoutes = [
    { path: HEALTH_PATH, method: ['GET'], handler: healthHandler(isReady) },
    { path: RECORDING_ROUTE_PATTERN, method: ['GET'], handler: recordings },
  ];

  let receiver: HTTPReceiver | SocketModeReceiver;
  let boltReceiver: Receiver;
  if (config.slack.appToken) {
    // The socket client opens its connection through the same Web API base URL.
    const socketMode = new SocketModeReceiver({
      appToken: config.slack.appToken,
      logger,
      installerOptions: { clientOptions },
    });
    receiver = socketMode;
    const server = createServer(socketModeRoutes(healthHandler(isReady), recordings));
    boltReceiver = new SocketModeWithHealthCheck(socketMode, server, config.http);
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret,
      endpoints: EVENTS_PATH,
      customRoutes,
      logger,
    });
    receiver.requestListener = checkSlackRequests(receiver.requestListener, {
      signingSecret: config.slack.signingSecret,
      path: EVENTS_PATH,
    });
    boltReceiver = receiver;
  }

  const app = new App({
    receiver: boltReceiver,
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
  const nowMs = () => now().getTime();
  const links = createRecordingLinks({
    secret: config.recordingLinkSecret,
    publicBaseUrl: config.publicBaseUrl,
    now: nowMs,
  });
  const recordingAccess = createRecordingAccess({ service: deps.service, access, links, log: logger, now: nowMs });
  recordingRoute = createRecordingRoute({
    links,
    recordings: recordingAccess,
    service: deps.service,
    log: logger,
    now: nowMs,
  });
  app.use(answerOnce());
  registerListeners(app, {
    service: deps.service,
    access,
    recordings: recordingAccess,
    logger,
    now,
    budget: createResponseBudget(nowMs),
  });
  return { app, receiver };
}

/** Slack said no to SLACK_APP_TOKEN when Socket Mode tried to connect: a Slack start-up failure, not a port one. */
export class AppTokenRefusedError extends Error {}

/**
 * Socket Mode, with /healthz on its own listener. Bolt's SocketModeReceiver would serve the route itself, but on
 * every interface whatever HOST says, without reporting its port (PORT=0), without an error handler (a port in
 * use would crash the process) and without waiting for anything to close on stop. Here `start` connects the socket
 * first — a refused app token fails before anything listens — then listens on HOST:PORT and returns the server.
 */
class SocketModeWithHealthCheck implements Receiver {
  constructor(
    private readonly socketMode: SocketModeReceiver,
    private readonly health: Server,
    private readonly listenOn: { port: number; host: string },
  ) {}

  init(app: App): void {
    this.socketMode.init(app);
  }

  async start(options: { port?: number; host?: string } = {}): Promise<Server> {
    try {
      await this.socketMode.start();
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === undefined) throw error;
      throw new AppTokenRefusedError(
        `Slack refused the app-level token on apps.connections.open (${code}) — check SLACK_APP_TOKEN (an xapp- token with connections:write)`,
        {
          cause: error,
        },
      );
    }
    const port = options.port ?? this.listenOn.port;
    const host = options.host ?? this.listenOn.host;
    try {
      await new Promise<void>((resolve, reject) => {
        this.health.once('error', reject);
        this.health.listen(port, host, () => {
          this.health.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      await this.socketMode.client.disconnect();
      throw error;
    }
    return this.health;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) =>
      this.health.listening ? this.health.close(() => resolve()) : resolve(),
    );
    this.health.closeIdleConnections();
    await Promise.all([this.socketMode.client.disconnect(), closed]);
  }
}

/** What the Socket Mode listener serves: /healthz and the recording links, like the HTTP receiver; else 404. */
function socketModeRoutes(health: RequestHandler, recordings: RequestHandler): RequestHandler {
  return (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === HEALTH_PATH) return health(req, res);
    if (pathname.startsWith(`${RECORDINGS_PATH}/`) && req.method === 'GET') return recordings(req, res);
    res.writeHead(404).end();
  };
}

function healthHandler(isReady: () => boolean) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const ready = isReady();
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: ready }));
  };
}
