// A local stand-in for Slack's side of the conversation, on loopback: the Web API methods the bot calls, the
// response_url endpoints Slack hands out with each slash command or click, and Socket Mode (apps.connections.open
// and the WebSocket it points to). Written from Slack's docs (auth.test, users.info, chat.postMessage,
// chat.postEphemeral, chat.update, views.publish, apps.connections.open, "Socket Mode implementation") so the
// bot's real WebClient, respond() and socket client talk to it unchanged. It records everything, for the demo
// console and the tests.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { acceptWebSocket, type WebSocketConnection } from './web-socket.js';

export interface SlackUser {
  id: string;
  name: string;
  realName: string;
  email?: string;
  /** IANA zone as Slack reports it in `user.tz`; absent for users who never set one. */
  tz?: string;
  isBot?: boolean;
}

/** A message body as the bot sends it: text, blocks and the response_url / chat.* flags. */
export interface SlackMessage {
  text?: string;
  blocks?: unknown[];
  response_type?: string;
  replace_original?: boolean;
  delete_original?: boolean;
  channel?: string;
  user?: string;
  ts?: string;
  [field: string]: unknown;
}

export type MessageRoute = 'response_url' | 'chat.postMessage' | 'chat.postEphemeral' | 'chat.update';

export interface RecordedMessage {
  via: MessageRoute;
  body: SlackMessage;
  at: Date;
  /** Block Kit problems found by `checkMessage`; empty when the message is fine. */
  violations: string[];
  /** The message's timestamp id: a replacement keeps the id of the message it replaces. */
  ts: string;
  channel?: string;
  /** Who sees it, for ephemeral messages. */
  user?: string;
  /** Set for messages posted to a response_url. */
  responseUrl?: string;
}

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  at: Date;
}

export interface SlackEmulatorOptions {
  users: SlackUser[];
  /** When set, Web API calls must carry it as a bearer token. */
  botToken?: string;
  checkMessage?: (message: SlackMessage) => string[];
  /** When set, apps.connections.open accepts only this app-level token; otherwise any `xapp-` token. */
  appToken?: string;
}

/** What Slack wraps in a Socket Mode envelope: a slash command, or an interaction such as a button click. */
export type SocketEnvelopeType = 'slash_commands' | 'interactive';

/** An app's acknowledgement of an envelope, as it arrives on the socket. */
export interface SocketAck {
  envelope_id: string;
  /** What the app put in its ack(); a message here is shown like an HTTP acknowledgement's body. */
  payload?: Record<string, unknown>;
}

export interface ResponseUrlContext {
  channelId?: string;
  userId?: string;
  /** The message a click came from, so a replacement keeps its ts. */
  messageTs?: string;
}

export interface SlackEmulator {
  /** Web API base URL; ends with `/api/`. */
  apiUrl: string;
  newResponseUrl(context?: ResponseUrlContext): string;
  users: Map<string, SlackUser>;
  apiCalls: ApiCall[];
  messages: RecordedMessage[];
  /** The first message, already recorded or still to come, that matches. */
  waitForMessage(matches: (message: RecordedMessage) => boolean, timeoutMs?: number): Promise<RecordedMessage>;
  /** Called for each new message; returns a function that stops it. */
  onMessage(listener: (message: RecordedMessage) => void): () => void;
  /** Socket Mode: how many apps hold an open connection. */
  socketConnections(): number;
  /**
   * Socket Mode: sends `payload` in an envelope to the app that connected last, as Slack does with a slash command
   * (the form fields as an object) or an interaction (the `payload` JSON); resolves with the app's ack.
   */
  sendEnvelope(type: SocketEnvelopeType, payload: Record<string, unknown>, timeoutMs?: number): Promise<SocketAck>;
  close(): Promise<void>;
}

export const EMULATED_TEAM = { id: 'T0EMULATED', name: 'Emulated Workspace', domain: 'emulated' } as const;
export const EMULATED_BOT = { userId: 'U0CALLLOGBOT', botId: 'B0CALLLOG', name: 'calllog' } as const;
const EMULATED_APP_ID = 'A0CALLLOG';

// Slack: a response_url takes up to 5 messages within 30 minutes of the interaction.
const RESPONSE_URL_USES = 5;
const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;

interface ResponseUrlState {
  context: ResponseUrlContext;
  issuedAt: number;
  uses: number;
  /** The ts of the message this response_url last wrote, for replace_original. */
  ts?: string;
}

type ApiResult = Record<string, unknown> & { ok: boolean };

export async function startSlackEmulator(options: SlackEmulatorOptions): Promise<SlackEmulator> {
  const users = new Map(options.users.map((u) => [u.id, u]));
  const apiCalls: ApiCall[] = [];
  const messages: RecordedMessage[] = [];
  const listeners = new Set<(message: RecordedMessage) => void>();
  const responseUrls = new Map<string, ResponseUrlState>();
  const postedTs = new Set<string>();
  let tsCounter = 0;
  let baseUrl = '';
  const socketMode = socketModeEndpoint(options.appToken);

  const nextTs = (): string => {
    tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
  };

  const record = (message: Omit<RecordedMessage, 'at' | 'violations'>): RecordedMessage => {
    const recorded: RecordedMessage = {
      ...message,
      at: new Date(),
      violations: options.checkMessage?.(message.body) ?? [],
    };
    messages.push(recorded);
    for (const listener of [...listeners]) listener(recorded);
    return recorded;
  };

  const methods: Record<string, (body: Record<string, unknown>) => ApiResult> = {
    'auth.test': () => ({
      ok: true,
      url: `https://${EMULATED_TEAM.domain}.slack.com/`,
      team: EMULATED_TEAM.name,
      user: EMULATED_BOT.name,
      team_id: EMULATED_TEAM.id,
      user_id: EMULATED_BOT.userId,
      bot_id: EMULATED_BOT.botId,
      is_enterprise_install: false,
    }),
    'users.info': (body) => {
      const user = users.get(String(body.user ?? ''));
      return user ? { ok: true, user: slackUserObject(user) } : { ok: false, error: 'user_not_found' };
    },
    'chat.postMessage': (body) => {
      const channel = stringField(body, 'channel');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (!hasContent(body)) return { ok: false, error: 'no_text' };
      const ts = nextTs();
      postedTs.add(ts);
      const message = asMessage(body);
      record({ via: 'chat.postMessage', body: message, ts, channel });
      return { ok: true, channel, ts, message: { ...message, type: 'message', ts, bot_id: EMULATED_BOT.botId } };
    },
    'chat.postEphemeral': (body) => {
      const channel = stringField(body, 'channel');
      const user = stringField(body, 'user');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (!user || !users.has(user)) return { ok: false, error: 'user_not_in_channel' };
      if (!hasContent(body)) return { ok: false, error: 'no_text' };
      const ts = nextTs();
      record({ via: 'chat.postEphemeral', body: asMessage(body), ts, channel, user });
      return { ok: true, message_ts: ts };
    },
    'chat.update': (body) => {
      const channel = stringField(body, 'channel');
      const ts = stringField(body, 'ts');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (!ts || !postedTs.has(ts)) return { ok: false, error: 'message_not_found' };
      record({ via: 'chat.update', body: asMessage(body), ts, channel });
      return { ok: true, channel, ts, text: body.text ?? '' };
    },
    'views.publish': (body) => {
      const userId = stringField(body, 'user_id');
      if (!userId || !users.has(userId)) return { ok: false, error: 'user_not_found' };
      if (typeof body.view !== 'object' || body.view === null) return { ok: false, error: 'invalid_arguments' };
      return { ok: true, view: { ...body.view, id: `V${randomBytes(4).toString('hex').toUpperCase()}`, type: 'home' } };
    },
  };

  const handleApi = (
    method: string,
    req: IncomingMessage,
    body: Record<string, unknown>,
  ): { status: number; result: ApiResult } => {
    const { token, ...rest } = body;
    apiCalls.push({ method, body: rest, at: new Date() });
    // The one method that takes the app-level token instead of the bot token, and only in the header.
    if (method === 'apps.connections.open') return { status: 200, result: socketMode.open(bearerToken(req), baseUrl) };
    const handler = methods[method];
    if (!handler) return { status: 200, result: { ok: false, error: 'unknown_method' } };
    const given = bearerToken(req) ?? (typeof token === 'string' ? token : undefined);
    if (options.botToken !== undefined) {
      if (!given) return { status: 200, result: { ok: false, error: 'not_authed' } };
      if (given !== options.botToken) return { status: 200, result: { ok: false, error: 'invalid_auth' } };
    }
    return { status: 200, result: handler(rest) };
  };

  const handleResponseUrl = (id: string, body: Record<string, unknown>): { status: number; text: string } => {
    const state = responseUrls.get(id);
    if (!state) return { status: 404, text: 'invalid_url' };
    if (Date.now() - state.issuedAt > RESPONSE_URL_LIFETIME_MS) return { status: 404, text: 'expired_url' };
    if (state.uses >= RESPONSE_URL_USES) return { status: 404, text: 'used_url' };
    if (!hasContent(body) && body.delete_original !== true) return { status: 400, text: 'no_text' };
    state.uses += 1;
    const message = asMessage(body);
    // A replacement takes the place of the message it replaces; anything else is a new message.
    const ts = message.replace_original === true && state.ts !== undefined ? state.ts : nextTs();
    state.ts = ts;
    record({
      via: 'response_url',
      body: message,
      ts,
      responseUrl: `${baseUrl}/response/${id}`,
      ...(state.context.channelId ? { channel: state.context.channelId } : {}),
      ...(state.context.userId && message.response_type !== 'in_channel' ? { user: state.context.userId } : {}),
    });
    return { status: 200, text: 'ok' };
  };

  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const body = parseBody(raw, req.headers['content-type']);
        if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
          const { status, result } = handleApi(url.pathname.slice('/api/'.length), req, {
            ...Object.fromEntries(url.searchParams),
            ...body,
          });
          return sendJson(res, status, result);
        }
        if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
          const { status, text } = handleResponseUrl(url.pathname.slice('/response/'.length), body);
          return sendText(res, status, text);
        }
        return sendText(res, 404, 'not_found');
      })
      .catch((error: unknown) => sendText(res, 400, error instanceof Error ? error.message : 'bad_request'));
  });
  server.on('upgrade', (req: IncomingMessage, socket) => socketMode.upgrade(req, socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${baseUrl}/api/`,
    users,
    apiCalls,
    messages,
    newResponseUrl(context = {}) {
      const id = `${EMULATED_TEAM.id}/${randomBytes(6).toString('hex')}`;
      responseUrls.set(id, {
        context,
        issuedAt: Date.now(),
        uses: 0,
        ...(context.messageTs ? { ts: context.messageTs } : {}),
      });
      return `${baseUrl}/response/${id}`;
    },
    waitForMessage(matches, timeoutMs = 5000) {
      const already = messages.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`no matching Slack message within ${timeoutMs} ms (${messages.length} recorded)`));
        }, timeoutMs);
        const listener = (message: RecordedMessage): void => {
          if (!matches(message)) return;
          clearTimeout(timer);
          stop();
          resolve(message);
        };
        const stop = (): void => {
          listeners.delete(listener);
        };
        listeners.add(listener);
      });
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    socketConnections: () => socketMode.connections(),
    sendEnvelope: (type, payload, timeoutMs) => socketMode.send(type, payload, timeoutMs),
    close() {
      listeners.clear();
      socketMode.close();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

interface PendingAck {
  resolve(ack: SocketAck): void;
  reject(error: Error): void;
}

/**
 * Socket Mode's two halves: apps.connections.open hands out single-use WebSocket URLs for a valid app-level
 * token; each connection is greeted with `hello`, receives envelopes and answers them with acks.
 */
function socketModeEndpoint(appToken: string | undefined) {
  const tickets = new Set<string>();
  const open: WebSocketConnection[] = [];
  const pending = new Map<string, PendingAck>();

  const onAck = (text: string): void => {
    let ack: unknown;
    try {
      ack = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof ack !== 'object' || ack === null) return;
    const { envelope_id: envelopeId, payload } = ack as { envelope_id?: unknown; payload?: unknown };
    const waiting = typeof envelopeId === 'string' ? pending.get(envelopeId) : undefined;
    if (!waiting || typeof envelopeId !== 'string') return;
    pending.delete(envelopeId);
    const isObject = typeof payload === 'object' && payload !== null;
    waiting.resolve({ envelope_id: envelopeId, ...(isObject ? { payload: payload as Record<string, unknown> } : {}) });
  };

  return {
    open(token: string | undefined, baseUrl: string): ApiResult {
      if (!token) return { ok: false, error: 'not_authed' };
      if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
      if (appToken !== undefined && token !== appToken) return { ok: false, error: 'invalid_auth' };
      const ticket = randomBytes(8).toString('hex');
      tickets.add(ticket);
      return { ok: true, url: `${baseUrl.replace(/^http/, 'ws')}/link/?ticket=${ticket}&app_id=${EMULATED_APP_ID}` };
    },

    upgrade(req: IncomingMessage, socket: Duplex): void {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/link/' || !tickets.delete(url.searchParams.get('ticket') ?? '')) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const connection = acceptWebSocket(req, socket);
      if (!connection) return;
      open.push(connection);
      connection.onMessage(onAck);
      connection.onClose(() => {
        const at = open.indexOf(connection);
        if (at >= 0) open.splice(at, 1);
      });
      connection.send(
        JSON.stringify({
          type: 'hello',
          num_connections: open.length,
          debug_info: { host: 'emulated-socket-mode', approximate_connection_time: 3600 },
          connection_info: { app_id: EMULATED_APP_ID },
        }),
      );
    },

    connections: (): number => open.length,

    send(type: SocketEnvelopeType, payload: Record<string, unknown>, timeoutMs = 5000): Promise<SocketAck> {
      const connection = open.at(-1);
      if (!connection) return Promise.reject(new Error('no app is connected over Socket Mode'));
      const envelopeId = randomUUID();
      return new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(envelopeId);
          reject(new Error(`the app did not acknowledge envelope ${envelopeId} within ${timeoutMs} ms`));
        }, timeoutMs);
        const settle =
          <T>(done: (value: T) => void) =>
          (value: T) => {
            clearTimeout(timer);
            done(value);
          };
        pending.set(envelopeId, { resolve: settle(resolve), reject: settle(reject) });
        // Slack lets an app answer a slash command in its ack; an interaction's answer goes to its response_url.
        connection.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type === 'slash_commands',
          }),
        );
      });
    },

    close(): void {
      for (const waiting of pending.values())
        waiting.reject(new Error('the local Slack closed before the app acknowledged'));
      pending.clear();
      for (const connection of [...open]) connection.terminate();
    },
  };
}

function slackUserObject(user: SlackUser): Record<string, unknown> {
  const offsetSec = user.tz ? zoneOffsetSeconds(user.tz, new Date()) : 0;
  return {
    id: user.id,
    team_id: EMULATED_TEAM.id,
    name: user.name,
    deleted: false,
    real_name: user.realName,
    is_bot: user.isBot ?? false,
    ...(user.tz ? { tz: user.tz, tz_label: user.tz, tz_offset: offsetSec } : {}),
    profile: {
      real_name: user.realName,
      display_name: user.name,
      ...(user.email ? { email: user.email } : {}),
    },
  };
}

function zoneOffsetSeconds(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60;
  return match[1] === '-' ? -seconds : seconds;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request_too_large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// In form bodies Slack's SDKs send structured fields as JSON text and flags as "true"/"false".
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);
const FLAG_FIELDS = new Set([
  'replace_original',
  'delete_original',
  'unfurl_links',
  'unfurl_media',
  'mrkdwn',
  'reply_broadcast',
]);

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw.trim() === '') return {};
  if (contentType?.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('invalid_json');
    return parsed as Record<string, unknown>;
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) body[key] = JSON.parse(value);
    else if (FLAG_FIELDS.has(key)) body[key] = value === 'true';
    else body[key] = value;
  }
  return body;
}

function asMessage(body: Record<string, unknown>): SlackMessage {
  const { text, blocks, ...rest } = body;
  return { ...rest, ...(typeof text === 'string' ? { text } : {}), ...(Array.isArray(blocks) ? { blocks } : {}) };
}

function hasContent(body: Record<string, unknown>): boolean {
  return (typeof body.text === 'string' && body.text !== '') || (Array.isArray(body.blocks) && body.blocks.length > 0);
}

function stringField(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
