// Socket Mode's two halves: apps.connections.open hands out single-use WebSocket URLs for a valid app-level
// token; each connection is greeted with `hello`, receives envelopes and answers them with acks. The WebSocket
// protocol itself (handshake, framing, ping/pong, close) is the `ws` package's.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { UpgradeHandler } from './server.js';
import type { SocketAck, SocketEnvelopeType, SocketRetry } from './types.js';
import type { ApiResult } from './web-api.js';
import { EMULATED_APP_ID } from './workspace.js';

const SOCKET_PATH = '/link/';
// Envelopes and acks are small; Slack's own limit on a message is far below this.
const MAX_MESSAGE_BYTES = 1024 * 1024;

export interface SocketModeOptions {
  /** The local Slack's http:// base URL; sockets are served on the same port. */
  baseUrl: string;
  /** When set, only this app-level token opens a connection; otherwise any `xapp-` token. */
  appToken?: string;
}

export interface SocketMode {
  /** apps.connections.open, with the token from the Authorization header. */
  open(appToken: string | undefined): ApiResult;
  upgrade: UpgradeHandler;
  /** How many apps hold an open connection. */
  connections(): number;
  /** Sends an envelope to the app that connected last; resolves with its ack. */
  send(
    type: SocketEnvelopeType,
    payload: Record<string, unknown>,
    timeoutMs?: number,
    retry?: SocketRetry,
  ): Promise<SocketAck>;
  /** Drops every connection and fails every envelope still waiting for its ack. */
  close(): void;
}

interface PendingAck {
  resolve(ack: SocketAck): void;
  reject(error: Error): void;
}

export function createSocketMode(options: SocketModeOptions): SocketMode {
  // Uncompressed frames. Connections are tracked here, in the order they opened: the last one gets envelopes.
  const server = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    maxPayload: MAX_MESSAGE_BYTES,
  });
  const tickets = new Set<string>();
  const open: WebSocket[] = [];
  const pending = new Map<string, PendingAck>();

  const onAck = (text: string): void => {
    const ack = parseAck(text);
    const waiting = ack ? pending.get(ack.envelope_id) : undefined;
    if (!ack || !waiting) return;
    pending.delete(ack.envelope_id);
    waiting.resolve(ack);
  };

  const greet = (socket: WebSocket): void => {
    open.push(socket);
    socket.on('message', (data) => onAck(data.toString()));
    // On a protocol error (an unmasked frame, a message too big) `ws` closes that connection itself, with the
    // status code that says why; listening here keeps the error from taking the local Slack down with it.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const at = open.indexOf(socket);
      if (at >= 0) open.splice(at, 1);
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: open.length,
        debug_info: { host: 'emulated-socket-mode', approximate_connection_time: 3600 },
        connection_info: { app_id: EMULATED_APP_ID },
      }),
    );
  };

  return {
    open(token) {
      if (!token) return { ok: false, error: 'not_authed' };
      if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
      if (options.appToken !== undefined && token !== options.appToken) return { ok: false, error: 'invalid_auth' };
      const ticket = randomBytes(8).toString('hex');
      tickets.add(ticket);
      const wsBase = options.baseUrl.replace(/^http/, 'ws');
      return { ok: true, url: `${wsBase}${SOCKET_PATH}?ticket=${ticket}&app_id=${EMULATED_APP_ID}` };
    },

    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== SOCKET_PATH || !tickets.delete(url.searchParams.get('ticket') ?? '')) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      // A request that is no WebSocket handshake gets 400 from `ws` itself.
      server.handleUpgrade(req, socket, head, greet);
    },

    connections: () => open.length,

    send(type, payload, timeoutMs = 5000, retry) {
      const socket = open.at(-1);
      if (!socket) return Promise.reject(new Error('no app is connected over Socket Mode'));
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
        socket.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type === 'slash_commands',
            // Events say whether they are a resend.
            ...(type === 'events_api'
              ? { retry_attempt: retry?.retryAttempt ?? 0, retry_reason: retry?.retryReason ?? '' }
              : {}),
          }),
        );
      });
    },

    close() {
      for (const waiting of pending.values()) {
        waiting.reject(new Error('the local Slack closed before the app acknowledged'));
      }
      pending.clear();
      for (const socket of [...open]) socket.terminate();
      server.close();
    },
  };
}

/** An ack is `{"envelope_id": "…"}`, with the app's answer in `payload` when it has one. */
function parseAck(text: string): SocketAck | undefined {
  let ack: unknown;
  try {
    ack = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof ack !== 'object' || ack === null) return undefined;
  const { envelope_id: envelopeId, payload } = ack as { envelope_id?: unknown; payload?: unknown };
  if (typeof envelopeId !== 'string') return undefined;
  const isObject = typeof payload === 'object' && payload !== null;
  return { envelope_id: envelopeId, ...(isObject ? { payload: payload as Record<string, unknown> } : {}) };
}
