// The one place that talks HTTP to RingCentral. The official SDK logs in, refreshes and logs out, and builds
// and sends each request; everything around a request is a wrapper composed once below. Outermost first:
// session renewal on 401, Retry-After waits, retries of 5xx and lost answers, and the per-group throttle
// closest to the exchange. Paging and coalescing of identical GETs sit on top. Requests go to the API server, except
// recording content, which goes to the media host its contentUri names when media-origin.ts trusts it.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ENDPOINTS, type Route } from './endpoints.js';
import { RingCentralNetworkError } from './errors.js';
import { headersToRecord } from './http-failure.js';
import { trustedMediaUrl } from './media-origin.js';
import { allPages, type Page } from './paging.js';
import { type ClientLog, compose, type RingCentralRequest, SILENT_LOG, type WaitListener } from './pipeline.js';
import { type Query, requestKey } from './query.js';
import { renewOnUnauthorized } from './renew-on-unauthorized.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { retryTransient } from './retry-transient.js';
import { createSdk } from './sdk.js';
import { apiSend, sdkSend } from './send.js';
import { createSession, type TokenExpiry } from './session.js';
import { createThrottle } from './throttle.js';
import { throttled } from './throttled.js';
import { waitOutRateLimit } from './wait-out-rate-limit.js';

export type { Page } from './paging.js';
export type { ClientLog } from './pipeline.js';
export type { TokenExpiry } from './session.js';

export interface RingCentralClientOptions {
  serverUrl: string;
  clientId: string;
  clientSecret: string;
  jwt: string;
  log?: ClientLog;
  /** Until response headers arrive; default 15 s. */
  requestTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Injected by tests; defaults to real timers and Date.now. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface RequestOptions {
  /** Told before the request sits out a rate-limit hold, so a user can hear why the answer is late. */
  onWait?: WaitListener;
}

export interface MediaOptions extends RequestOptions {
  /** The browser's Range header, passed through untouched. */
  range?: string;
  /** Aborts the download (the browser went away). */
  signal?: AbortSignal;
}

export interface StreamResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Readable;
}

export interface RingCentralClient {
  /** JWT login; throws RingCentralLoginError if RingCentral refuses. */
  login(): Promise<void>;
  /** Logs in unless a session exists already. */
  ensureLoggedIn(): Promise<void>;
  /** The app permissions granted to the current token (its `scope`). Empty before login. */
  grantedScopes(): ReadonlySet<string>;
  /** The extension id that owns the token. */
  ownerId(): string | undefined;
  /** When the current access (and refresh) token expires; undefined before login. Renewal is automatic. */
  tokenExpiry(): TokenExpiry | undefined;
  get<T>(route: Route, query?: Query, options?: RequestOptions): Promise<{ data: T; requests: number }>;
  /** Every page, `perPage=1000`, following `navigation.nextPage`. */
  getAllPages<T>(route: Route, query?: Query, options?: RequestOptions): Promise<{ records: T[]; requests: number }>;
  /** The body as a stream (recordings): nothing is buffered, non-2xx statuses throw. */
  getStream(
    route: Route,
    headers?: Readonly<Record<string, string | undefined>>,
    options?: RequestOptions,
  ): Promise<StreamResponse>;
  /**
   * A recording's audio from its `contentUri`, RingCentral's media host, streamed. Refused with a
   * RingCentralNetworkError, before anything is sent, when that host is not one the token may go to
   * (media-origin.ts); non-2xx statuses throw.
   */
  getMedia(contentUri: string, options?: MediaOptions): Promise<StreamResponse>;
  /** Revokes the session. */
  close(): Promise<void>;
}

export function createRingCentralClient(options: RingCentralClientOptions): RingCentralClient {
  const log = options.log ?? SILENT_LOG;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const server = new URL(options.serverUrl);

  const sdk = createSdk({ ...options, requestTimeoutMs: options.requestTimeoutMs ?? 15_000 });
  const platform = sdk.platform();

  const throttle = throttled(createThrottle({ now, sleep }));
  const rateLimitWaits = waitOutRateLimit({ maxWaitMs: policy.maxRateLimitWaitMs, sleep, log });
  const transientRetries = retryTransient({ policy, sleep, random, log, now });
  // A login or renewal is shared by every request held behind it: each hears its waits for the Auth budget.
  const authWaiters = new Set<{ listener: WaitListener }>();
  const tokenRequest: RingCentralRequest = {
    route: ENDPOINTS.token.route(),
    onWait: (waitMs, group) => {
      for (const { listener } of authWaiters) listener(waitMs, group);
    },
  };
  const watchAuthWaits = (listener: WaitListener) => {
    const entry = { listener }; // one each, though two requests may share a listener
    authWaiters.add(entry);
    return () => void authWaiters.delete(entry);
  };
  const login = compose(
    sdkSend(() => platform.login({ jwt: options.jwt }), { log, now }),
    rateLimitWaits,
    transientRetries,
    throttle,
  );
  // No transient retries for a refresh: when it fails, a JWT login is the better second try.
  const refresh = compose(
    sdkSend(() => platform.refresh(), { log, now }),
    rateLimitWaits,
    throttle,
  );
  const session = createSession({
    platform,
    login: () => login(tokenRequest),
    refresh: () => refresh(tokenRequest),
    log,
    now,
  });
  const send = compose(
    apiSend({ sdk, token: session.token, log, now }),
    renewOnUnauthorized({ session, log, watchAuthWaits }),
    rateLimitWaits,
    transientRetries,
    throttle,
  );
  const inFlight = new Map<string, Promise<{ data: unknown; requests: number }>>();

  async function getJson<T>(route: Route, query: Query | undefined, opts: RequestOptions) {
    let requests = 0;
    const response = await send({
      route,
      query,
      onWait: opts.onWait,
      onExchange: () => {
        requests += 1;
      },
    });
    try {
      return { data: (await response.json()) as T, requests };
    } catch {
      throw new RingCentralNetworkError('RingCentral sent a body that is not JSON', route.path);
    }
  }

  function get<T>(route: Route, query?: Query, opts: RequestOptions = {}): Promise<{ data: T; requests: number }> {
    const key = requestKey(route.path, query);
    const pending = inFlight.get(key);
    if (pending) return pending as Promise<{ data: T; requests: number }>;
    const request = getJson<T>(route, query, opts).finally(() => inFlight.delete(key));
    inFlight.set(key, request);
    return request;
  }

  async function stream(request: RingCentralRequest): Promise<StreamResponse> {
    const response = await send(request);
    if (!response.body) throw new RingCentralNetworkError('RingCentral sent no body', request.route.path);
    return {
      status: response.status,
      headers: headersToRecord(response.headers),
      body: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
    };
  }

  return {
    login: session.login,
    ensureLoggedIn: session.ensureLoggedIn,
    grantedScopes: session.grantedScopes,
    ownerId: session.ownerId,
    tokenExpiry: session.tokenExpiry,
    get,

    getAllPages: <T>(route: Route, query: Query = {}, opts: RequestOptions = {}) =>
      allPages<T>((page, pageQuery) => get<Page<T>>(page, pageQuery, opts), route, query, server),

    getStream: (route, headers = {}, opts = {}) => stream({ route, headers: present(headers), onWait: opts.onWait }),

    getMedia(contentUri, opts = {}) {
      const url = trustedMediaUrl(contentUri, server);
      if (!url) {
        const host = URL.canParse(contentUri) ? new URL(contentUri).host : 'an unreadable address';
        return Promise.reject(
          new RingCentralNetworkError(
            `RingCentral gave a recording contentUri on ${host}, which is not a host of the API server ${server.host}; the token was not sent there`,
            ENDPOINTS.recordingContent.template,
          ),
        );
      }
      return stream({
        route: { endpoint: ENDPOINTS.recordingContent, path: url.pathname + url.search },
        origin: url.origin,
        headers: present({ Range: opts.range }),
        onWait: opts.onWait,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    },

    close: session.close,
  };
}

function present(headers: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
