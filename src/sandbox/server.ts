// The RingCentral REST API emulator on loopback (node:http only), on two origins as RingCentral has them: the API
// server, and a media host (a second port) that recordings' contentUri points at. Every request goes through the
// same steps RingCentral's gateway takes: injected faults and latency, authentication, throttling, app permissions,
// then the endpoint itself; the media host serves recording content only. It is long because those steps and the
// knobs tests turn (scopes, limits, latency, faults, token expiry) read best as one pipeline in one place; the
// endpoints themselves live in their own modules.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pipeline } from 'node:stream';
import {
  internalError,
  missingAppPermission,
  noAuthorizationHeader,
  oauthError,
  rateExceeded,
  resourceNotFound,
  serviceUnavailable,
  tokenExpired,
  tokenNotFound,
} from './api-errors.js';
import { authzProfile, authzProfileRefusal } from './authz-profile.js';
import { indexCalls } from './call-index.js';
import { accountActiveCalls, accountCallLog, extensionActiveCalls, extensionCallLog } from './call-log.js';
import { accountCallRecord, extensionCallRecord } from './call-record.js';
import { generateCompany } from './company.js';
import { extensionInfo, extensionList } from './extensions.js';
import { FaultInjector } from './faults.js';
import { basicClientId, type OAuthContext, revoke, token } from './oauth.js';
import { DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limits.js';
import { recordingContent, recordingMetadata } from './recordings.js';
import type { ApiContext, Reply } from './reply.js';
import { APP_PERMISSIONS, type MatchedRoute, matchRoute, RATE_GROUP } from './routes.js';
import { TokenStore } from './tokens.js';
import type {
  AuthzProfileMode,
  Fault,
  RateGroup,
  RateLimit,
  SandboxOptions,
  SandboxRequest,
  SandboxRoute,
  SyntheticCompany,
} from './types.js';

export const DEFAULT_CLIENT_ID = 'calllog-sandbox-client';
export const DEFAULT_CLIENT_SECRET = 'calllog-sandbox-secret';
export const DEFAULT_SCOPES = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts'];
const MAX_FORM_BYTES = 64 * 1024;

export interface Sandbox {
  /** e.g. http://127.0.0.1:43121 (no trailing slash). */
  url: string;
  /** The media host recording content is served from (what contentUri points at), e.g. http://127.0.0.1:43122. */
  mediaUrl: string;
  /** `jwt` belongs to the admin, extension 101. */
  credentials: { clientId: string; clientSecret: string; jwt: string };
  /** A valid JWT credential for any extension (e.g. a non-admin user). */
  jwtFor(extensionId: string): string;
  company: SyntheticCompany;
  /** Every request to either origin, in arrival order. */
  requests: SandboxRequest[];
  clearRequests(): void;
  /** Enforcement changes at once; tokens issued earlier keep their old `scope` string. */
  setScopes(scopes: string[]): void;
  /** How GET …/authz-profile answers from now on; default 'answer'. */
  setAuthzProfile(mode: AuthzProfileMode): void;
  /** Also forgets every caller's count and penalty in that group. */
  setRateLimit(group: RateGroup, limit: RateLimit): void;
  setLatency(route: SandboxRoute, ms: number): void;
  injectFault(fault: Fault): void;
  /** Every access token issued so far now answers 401 (refresh tokens still work). */
  expireAccessTokens(): void;
  /** Every access and refresh token is dead; a fresh JWT login works. */
  revokeSession(): void;
  close(): Promise<void>;
}

type ApiRoute = Exclude<SandboxRoute, 'token' | 'revoke'>;

const API_HANDLERS: Readonly<Record<ApiRoute, (ctx: ApiContext) => Reply>> = {
  accountCallLog,
  extensionCallLog,
  accountCallRecord,
  extensionCallRecord,
  accountActiveCalls,
  extensionActiveCalls,
  recording: recordingMetadata,
  recordingContent,
  extensionList,
  extensionInfo,
  authzProfile,
};

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? 42;
  const clock = options.now ?? (() => new Date());
  const nowMs = (): number => clock().getTime();
  const extensionCount = Math.max(2, Math.floor(options.extensionCount ?? 25));
  let scopes = [...(options.scopes ?? DEFAULT_SCOPES)];
  let authzProfileMode: AuthzProfileMode = 'answer';
  const latency: Partial<Record<SandboxRoute, number>> = { ...options.latencyMs };
  const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, nowMs);
  const faults = new FaultInjector();
  const tokens = new TokenStore(`calllog-sandbox-jwt-key-${seed}`, nowMs, options.refreshTokens ?? true);
  const requests: SandboxRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const listen = async (origin: SandboxRequest['origin'], port: number) => {
    const server = createServer((req, res) => {
      handle(req, res, origin).catch((error: unknown) => {
        if (!options.quiet) console.error('sandbox: request failed', error);
        if (!res.headersSent && !res.destroyed) sendReply(res, undefined, internalError());
        else res.destroy();
      });
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, options.host ?? '127.0.0.1', () => resolve());
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return { server, url: `http://${host}:${address.port}` };
  };
  const api = await listen('api', options.port ?? 0);
  let media: Awaited<ReturnType<typeof listen>>;
  try {
    media = await listen('media', 0);
  } catch (error) {
    await new Promise<void>((resolve) => api.server.close(() => resolve()));
    throw error;
  }
  const { url } = api;
  const servers = [api.server, media.server];

  const company = generateCompany({
    seed,
    baseUrl: url,
    mediaBaseUrl: media.url,
    timeZone: options.timeZone ?? 'America/New_York',
    now: clock(),
    callsToday: Math.max(0, Math.floor(options.callsToday ?? 150)),
    historyDays: Math.max(0, Math.floor(options.historyDays ?? 35)),
    extensionCount,
    variety: options.variety ?? false,
  });
  const calls = indexCalls(company.records);
  const admin = company.extensions[0] as SyntheticCompany['extensions'][number];

  async function handle(req: IncomingMessage, res: ServerResponse, origin: SandboxRequest['origin']): Promise<void> {
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', url);
    const anyRoute = matchRoute(method, parsed.pathname);
    // The media host serves recording content and nothing else.
    const matched = origin === 'api' || anyRoute?.route === 'recordingContent' ? anyRoute : undefined;
    const entry: SandboxRequest = {
      at: nowMs(),
      method,
      origin,
      route: matched?.route ?? 'unknown',
      path: parsed.pathname,
      query: queryRecord(parsed.searchParams),
      status: 0,
      ...(matched ? { group: RATE_GROUP[matched.route] } : {}),
    };
    requests.push(entry);

    const fault = faults.take(entry.route);
    const delay = matched ? latency[matched.route] : undefined;
    if (delay && delay > 0) await sleep(delay);
    if (closed) return;
    if (fault?.kind === 'hang') return; // close() ends the connection
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault !== undefined) return sendReply(res, entry, faultReply(fault, matched));
    if (!matched) return sendReply(res, entry, resourceNotFound('uri'));
    if (matched.route === 'token' || matched.route === 'revoke') {
      return sendReply(res, entry, await oauthReply(req, matched, parsed.searchParams));
    }
    sendReply(res, entry, apiReply(req, entry, matched as MatchedRoute & { route: ApiRoute }, parsed));
  }

  function faultReply(fault: Fault, matched: MatchedRoute | undefined): Reply {
    const { kind } = fault;
    const rateHeaders = matched ? limiter.peek(RATE_GROUP[matched.route]) : {};
    if (kind === 429) return { ...rateExceeded(), headers: { ...rateHeaders, 'Retry-After': '1' } };
    if (kind === 500) return { ...internalError(), headers: rateHeaders };
    const unavailable = serviceUnavailable(fault.retryAfterSec);
    return { ...unavailable, headers: { ...rateHeaders, ...unavailable.headers } };
  }

  async function oauthReply(req: IncomingMessage, matched: MatchedRoute, query: URLSearchParams): Promise<Reply> {
    const authorization = req.headers.authorization;
    const client = basicClientId(authorization) ?? req.socket.remoteAddress ?? 'unknown';
    const throttle = limiter.take(`client:${client}`, 'Auth');
    if (!throttle.allowed) return { ...rateExceeded(), headers: throttle.headers };
    const body = await readBody(req);
    if (body === undefined)
      return {
        ...oauthError(413, 'invalid_request', 'OAU-101', 'Request body is too large'),
        headers: throttle.headers,
      };
    const ctx: OAuthContext = {
      clientId: DEFAULT_CLIENT_ID,
      clientSecret: DEFAULT_CLIENT_SECRET,
      tokens,
      extensions: company.extensions,
      scopes,
      authorization,
      form: new URLSearchParams(body),
    };
    const reply = matched.route === 'token' ? token(ctx) : revoke(ctx, query.get('token'));
    return { ...reply, headers: { ...throttle.headers, ...reply.headers } };
  }

  function apiReply(
    req: IncomingMessage,
    entry: SandboxRequest,
    matched: MatchedRoute & { route: ApiRoute },
    parsed: URL,
  ): Reply {
    const bearer =
      /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? parsed.searchParams.get('access_token');
    if (!bearer) return noAuthorizationHeader();
    const access = tokens.checkAccess(bearer);
    if (!access.ok) return access.reason === 'expired' ? tokenExpired() : tokenNotFound();
    const owner = company.extensions.find((e) => e.id === access.ownerId);
    if (!owner) return tokenNotFound();
    entry.tokenOwner = owner.id;

    const throttle = limiter.take(`owner:${owner.id}`, RATE_GROUP[matched.route]);
    if (!throttle.allowed) return { ...rateExceeded(), headers: throttle.headers };
    const missing = APP_PERMISSIONS[matched.route].find((permission) => !scopes.includes(permission));
    const reply = missing
      ? missingAppPermission(missing)
      : matched.route === 'authzProfile' && authzProfileMode !== 'answer'
        ? authzProfileRefusal(authzProfileMode)
        : API_HANDLERS[matched.route]({
            company,
            calls,
            baseUrl: url,
            now: nowMs(),
            owner,
            params: matched.params,
            query: withoutAccessToken(parsed.searchParams),
            pathname: parsed.pathname,
            rangeHeader: req.headers.range,
          });
    return { ...reply, headers: { ...throttle.headers, ...reply.headers } };
  }

  function sendReply(res: ServerResponse, entry: SandboxRequest | undefined, reply: Reply): void {
    if (entry) entry.status = reply.status;
    if (res.destroyed) return;
    if (reply.stream) {
      res.writeHead(reply.status, reply.headers);
      pipeline(reply.stream, res, () => undefined);
      return;
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, { 'Content-Length': '0', ...reply.headers });
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      ...reply.headers,
    });
    res.end(text);
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  return {
    url,
    mediaUrl: media.url,
    credentials: { clientId: DEFAULT_CLIENT_ID, clientSecret: DEFAULT_CLIENT_SECRET, jwt: tokens.jwtFor(admin.id) },
    jwtFor: (extensionId) => tokens.jwtFor(extensionId),
    company,
    requests,
    clearRequests: () => {
      requests.splice(0);
    },
    setScopes: (next) => {
      scopes = [...next];
    },
    setAuthzProfile: (mode) => {
      authzProfileMode = mode;
    },
    setRateLimit: (group, limit) => limiter.set(group, limit),
    setLatency: (route, ms) => {
      latency[route] = ms;
    },
    injectFault: (fault) => faults.inject(fault),
    expireAccessTokens: () => tokens.expireAccessTokens(),
    revokeSession: () => tokens.revokeAll(),
    close: async () => {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      const done = servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
      for (const socket of sockets) socket.destroy();
      await Promise.all(done);
    },
  };
}

/** The form body, or undefined when it is too large to be a token request. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function queryRecord(params: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const [key, value] of params) {
    record[key] ??= [];
    record[key].push(value);
  }
  return record;
}

/** A token passed in the query must not leak into navigation URIs. */
function withoutAccessToken(params: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(params);
  copy.delete('access_token');
  return copy;
}
