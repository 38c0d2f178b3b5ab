// The local Slack's HTTP side on loopback: a port the OS picks, bodies parsed before any route sees them, POST
// routes chosen by path prefix, and WebSocket upgrades handed to whoever serves them. Nothing here knows a
// Slack method.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { parseBody, readBody } from './request-body.js';

export interface RouteRequest {
  /** The path after the route's prefix. */
  rest: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export type Reply = { status: number; json: unknown } | { status: number; text: string };

export interface Route {
  /** Every route takes POST; this is where its paths start, e.g. `/api/`. */
  prefix: string;
  handle(request: RouteRequest): Reply | Promise<Reply>;
}

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface LoopbackServer {
  /** http://127.0.0.1:port, no trailing slash. */
  baseUrl: string;
  /** Starts answering; until then every request gets 503. */
  serve(routes: readonly Route[], upgrade?: UpgradeHandler): void;
  /** Stops listening and drops open HTTP connections (upgraded sockets are their handler's to close). */
  close(): Promise<void>;
}

/** Listens first, so the routes can be built knowing the address they hand out. */
export async function startLoopbackServer(): Promise<LoopbackServer> {
  let routes: readonly Route[] | undefined;
  let upgrade: UpgradeHandler | undefined;
  const server = createServer((req, res) => {
    if (!routes) return send(res, { status: 503, text: 'not_ready' });
    answer(routes, req).then(
      (reply) => send(res, reply),
      (error: unknown) => send(res, { status: 400, text: error instanceof Error ? error.message : 'bad_request' }),
    );
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (upgrade) upgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve(given, onUpgrade) {
      routes = given;
      upgrade = onUpgrade;
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function answer(routes: readonly Route[], req: IncomingMessage): Promise<Reply> {
  // Read and parsed whatever the route: a client never sees its request cut short, and a bad body is a 400.
  const body = parseBody(await readBody(req), req.headers['content-type']);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const route = req.method === 'POST' ? routes.find((r) => url.pathname.startsWith(r.prefix)) : undefined;
  if (!route) return { status: 404, text: 'not_found' };
  return route.handle({
    rest: url.pathname.slice(route.prefix.length),
    query: url.searchParams,
    body,
    headers: req.headers,
  });
}

function send(res: ServerResponse, reply: Reply): void {
  if ('json' in reply) {
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(reply.json));
  } else {
    res.writeHead(reply.status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(reply.text);
  }
}
