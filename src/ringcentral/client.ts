// The one place that talks HTTP to RingCentral. The official SDK builds requests, signs them and keeps the
// tokens; everything around a request is ours: the per-group throttle, 429 / 5xx / network retries, token
// renewal (refresh, else a fresh JWT login), paging and coalescing of identical GETs. The SDK's own 401 and
// 429 handling is switched off per request (`retry: true`), so nothing is retried behind the throttle's back.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { type ExternalsOptions, SDK, type SendOptions } from '@ringcentral/sdk';
import { ENDPOINTS, type RateGroup, type Route } from './endpoints.js';
import {
  errorCodeOf,
  RingCentralHttpError,
  RingCentralLoginError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
} from './errors.js';
import { fetchWithTimeout } from './fetch-with-timeout.js';
import { describeFailure, type Failure, headersToRecord } from './http-failure.js';
import { cleanQuery, type Query, requestKey } from './query.js';
import { backoffMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { createThrottle, readRateLimitHeaders, readRetryAfterMs, type WaitListener } from './throttle.js';
import { MemoryTokenStorage } from './token-storage.js';
import type { PageNavigation } from './types.js';

export interface ClientLog {
  debug(message: string, context?: object): void;
  info(message: string, context?: object): void;
  warn(message: string, context?: object): void;
  error(message: string, context?: object): void;
}

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

export interface Page<T> {
  records: T[];
  navigation?: PageNavigation;
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
  get<T>(route: Route, query?: Query, options?: RequestOptions): Promise<{ data: T; requests: number }>;
  /** Every page, `perPage=1000`, following `navigation.nextPage`. */
  getAllPages<T>(route: Route, query?: Query, options?: RequestOptions): Promise<{ records: T[]; requests: number }>;
  /** The body as a stream (recordings): nothing is buffered, non-2xx statuses throw. */
  getStream(
    route: Route,
    headers?: Readonly<Record<string, string | undefined>>,
    options?: RequestOptions,
  ): Promise<StreamResponse>;
  /** Revokes the session. */
  close(): Promise<void>;
}

const PER_PAGE = 1000;
const MAX_PAGES = 1000;
const DEFAULT_RETRY_AFTER_MS = 60_000;

const SILENT_LOG: ClientLog = { debug() {}, info() {}, warn() {}, error() {} };

interface ExecuteOptions {
  onWait?: WaitListener;
  /** Runs before each attempt, once the throttle lets it through. */
  prepare?: () => Promise<void>;
  /** A 401 renews the session (refresh, else JWT login) and retries once. */
  renewOn401?: boolean;
  /** false: a 5xx or network failure is final (refresh falls back to a login instead). */
  retryServerErrors?: boolean;
}

export function createRingCentralClient(options: RingCentralClientOptions): RingCentralClient {
  const log = options.log ?? SILENT_LOG;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeoutMs = options.requestTimeoutMs ?? 15_000;
  const server = new URL(options.serverUrl);
  const throttle = createThrottle({ now, sleep });

  const sdk = new SDK({
    server: server.origin + server.pathname.replace(/\/+$/, ''),
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    localStorage: new MemoryTokenStorage() as unknown as ExternalsOptions['localStorage'],
    fetch: fetchWithTimeout(timeoutMs),
    Request,
    Response,
    Headers,
    refreshDelayMs: 0,
    handleRateLimit: false,
  });
  const platform = sdk.platform();
  // Token renewal is ours (through the Auth throttle); the SDK's implicit refresh inside every request is off.
  platform.ensureLoggedIn = async () => null;

  let scopes: ReadonlySet<string> = new Set();
  let owner: string | undefined;
  /** Bumped on every new token, so a late 401 does not throw away a token that is already fresh. */
  let tokenGeneration = 0;
  let renewing: Promise<void> | undefined;
  let loggingIn: Promise<void> | undefined;
  let loggedIn = false;
  let closed = false;
  const inFlight = new Map<string, Promise<{ data: unknown; requests: number }>>();

  /** One request through throttle and retries; `send` performs a single attempt. */
  async function execute(
    path: string,
    group: RateGroup,
    send: () => Promise<Response>,
    opts: ExecuteOptions,
  ): Promise<{ response: Response; requests: number }> {
    const maxAttempts = opts.retryServerErrors === false ? 1 : policy.maxAttempts;
    let requests = 0;
    let serverFailures = 0;
    let rateLimitWaitedMs = 0;
    let renewed = false;
    for (;;) {
      const ticket = await throttle.acquire(group, opts.onWait);
      if (opts.prepare) {
        try {
          await opts.prepare(); // after the wait: a token can expire while a request sits out a hold
        } catch (error) {
          ticket.settle();
          throw error;
        }
      }
      const generation = tokenGeneration;
      const started = now();
      requests += 1;
      let failure: Failure;
      try {
        const response = await send();
        ticket.settle({ headers: readRateLimitHeaders((name) => response.headers.get(name)) });
        log.debug('RingCentral request', { path, group, status: response.status, ms: now() - started });
        return { response, requests };
      } catch (error) {
        failure = await describeFailure(error);
        if (failure.kind === 'http') {
          const retryAfterMs =
            failure.status === 429
              ? readRetryAfterMs(failure.get('retry-after'), now(), DEFAULT_RETRY_AFTER_MS)
              : undefined;
          // A 5xx comes from behind RingCentral's gateway: its rate headers say nothing reliable.
          ticket.settle(failure.status >= 500 ? {} : { headers: readRateLimitHeaders(failure.get), retryAfterMs });
          log.debug('RingCentral request failed', {
            path,
            group,
            status: failure.status,
            errorCode: errorCodeOf(failure.body),
            ms: now() - started,
          });
          if (retryAfterMs !== undefined) {
            if (rateLimitWaitedMs + retryAfterMs > policy.maxRateLimitWaitMs) {
              throw new RingCentralRateLimitError(failure.body, failure.headers, path, group, retryAfterMs);
            }
            rateLimitWaitedMs += retryAfterMs;
            log.info('RingCentral rate limit reached; waiting', { path, group, retryAfterMs });
            continue; // the throttle now holds the group for Retry-After
          }
          if (failure.status === 401 && opts.renewOn401 && !renewed) {
            renewed = true;
            log.info('RingCentral access token refused; renewing the session', {
              path,
              errorCode: errorCodeOf(failure.body),
            });
            await renewSession(generation);
            continue;
          }
          if (failure.status < 500) throw new RingCentralHttpError(failure.status, failure.body, failure.headers, path);
        } else {
          ticket.settle();
          log.debug('RingCentral request failed', { path, group, error: failure.message, ms: now() - started });
        }
      }
      serverFailures += 1;
      if (serverFailures >= maxAttempts) {
        if (failure.kind === 'http')
          throw new RingCentralHttpError(failure.status, failure.body, failure.headers, path);
        throw new RingCentralNetworkError(failure.message, path, failure.timedOut);
      }
      const delay = backoffMs(serverFailures, policy, random);
      log.warn('RingCentral request failed; retrying', {
        path,
        attempt: serverFailures,
        delayMs: delay,
        status: failure.kind === 'http' ? failure.status : failure.message,
      });
      await sleep(delay);
    }
  }

  async function rememberSession(): Promise<void> {
    const data = await platform.auth().data();
    scopes = new Set((data.scope ?? '').split(/\s+/).filter(Boolean));
    owner = data.owner_id === undefined ? undefined : String(data.owner_id);
    tokenGeneration += 1;
    loggedIn = true;
  }

  async function login(): Promise<void> {
    try {
      await execute('/restapi/oauth/token', ENDPOINTS.token.group, () => platform.login({ jwt: options.jwt }), {});
    } catch (error) {
      loggedIn = false;
      if (error instanceof RingCentralHttpError && !(error instanceof RingCentralRateLimitError)) {
        throw new RingCentralLoginError(error.status, error.body, error.headers);
      }
      throw error;
    }
    await rememberSession();
    log.info('Logged in to RingCentral', { ownerId: owner, scopes: [...scopes].join(' ') });
  }

  /** Refresh if the refresh token still works; otherwise (revoked, already used, expired) log in with the JWT. */
  async function renew(): Promise<void> {
    if (await platform.auth().refreshTokenValid()) {
      try {
        await execute('/restapi/oauth/token', ENDPOINTS.token.group, () => platform.refresh(), {
          retryServerErrors: false,
        });
        await rememberSession();
        return;
      } catch (error) {
        if (error instanceof RingCentralRateLimitError) throw error;
        log.info('RingCentral token refresh failed; logging in again with the JWT', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    await login();
  }

  /** Requests that find the token stale at the same time share one login and one renewal. */
  function sharedLogin(): Promise<void> {
    loggingIn ??= login().finally(() => {
      loggingIn = undefined;
    });
    return loggingIn;
  }

  function sharedRenewal(): Promise<void> {
    renewing ??= renew().finally(() => {
      renewing = undefined;
    });
    return renewing;
  }

  function renewSession(failedGeneration: number): Promise<void> {
    if (failedGeneration !== tokenGeneration) return Promise.resolve(); // someone renewed meanwhile
    // Not via the SDK's cancelAccessToken: it leaves expires_in at -1, which the refresh would then ask for.
    return sharedRenewal();
  }

  async function freshToken(): Promise<void> {
    if (renewing) await renewing;
    if (!loggedIn) return ensureLoggedIn();
    if (await platform.auth().accessTokenValid()) return;
    await sharedRenewal();
  }

  function ensureLoggedIn(): Promise<void> {
    if (closed)
      return Promise.reject(new RingCentralNetworkError('the RingCentral client is closed', '/restapi/oauth/token'));
    if (loggedIn) return Promise.resolve();
    return sharedLogin();
  }

  /** A URL RingCentral handed us (navigation), reduced to a path on our own server: the token goes nowhere else. */
  function onOurServer(uri: string): string {
    const url = new URL(uri, server);
    return url.pathname + url.search;
  }

  function sendGet(
    path: string,
    query: Query | undefined,
    headers: Record<string, string> | undefined,
  ): Promise<Response> {
    const send: SendOptions = {
      method: 'GET',
      url: path,
      query: query ? cleanQuery(query) : undefined,
      headers,
      retry: true,
    };
    return platform.send(send);
  }

  async function getJson<T>(
    route: Route,
    query: Query | undefined,
    opts: RequestOptions = {},
  ): Promise<{ data: T; requests: number }> {
    const { response, requests } = await execute(
      route.path,
      route.endpoint.group,
      () => sendGet(route.path, query, undefined),
      {
        onWait: opts.onWait,
        prepare: freshToken,
        renewOn401: true,
      },
    );
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

  return {
    // Logs in even with a session; only a closed client refuses, as ensureLoggedIn does.
    login: () => (closed ? ensureLoggedIn() : sharedLogin()),
    ensureLoggedIn,
    grantedScopes: () => scopes,
    ownerId: () => owner,
    get,

    async getAllPages<T>(route: Route, query: Query = {}, opts: RequestOptions = {}) {
      const records: T[] = [];
      const seen = new Set<string>();
      let page = await get<Page<T>>(route, { ...query, perPage: PER_PAGE }, opts);
      let requests = page.requests;
      for (;;) {
        records.push(...(page.data.records ?? []));
        const next = page.data.navigation?.nextPage?.uri;
        if (!next || seen.has(next)) break;
        if (seen.size >= MAX_PAGES)
          throw new RingCentralNetworkError(`RingCentral kept paging past ${MAX_PAGES} pages`, route.path);
        seen.add(next);
        page = await get<Page<T>>({ endpoint: route.endpoint, path: onOurServer(next) }, undefined, opts);
        requests += page.requests;
      }
      return { records, requests };
    },

    async getStream(route, headers = {}, opts = {}) {
      const present = Object.fromEntries(
        Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      const { response } = await execute(
        route.path,
        route.endpoint.group,
        () => sendGet(route.path, undefined, present),
        {
          onWait: opts.onWait,
          prepare: freshToken,
          renewOn401: true,
        },
      );
      if (!response.body) throw new RingCentralNetworkError('RingCentral sent no body', route.path);
      return {
        status: response.status,
        headers: headersToRecord(response.headers),
        body: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      };
    },

    async close() {
      closed = true;
      if (!loggedIn) return;
      loggedIn = false;
      try {
        await platform.logout();
      } catch (error) {
        log.warn('RingCentral logout failed', { error: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
