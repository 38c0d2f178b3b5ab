// The local Slack's Socket Mode endpoint, driven by a plain WebSocket client (`ws`) so each rule is seen from the
// wire: single-use URLs from apps.connections.open, the hello greeting, envelopes, acks, and what ends a
// connection. The bot's own socket client is exercised end to end in socket-mode.test.ts.
import { connect as connectTcp } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type SlackEmulator, startSlackEmulator } from '../../src/local-slack/index.js';

const APP_TOKEN = 'xapp-1-A0CALLLOG-socket-test';
let slack: SlackEmulator;
const clients: WebSocket[] = [];

beforeEach(async () => {
  slack = await startSlackEmulator({ users: [], appToken: APP_TOKEN });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.terminate();
  await slack.close();
});

async function connectionUrl(): Promise<string> {
  const response = await fetch(`${slack.apiUrl}apps.connections.open`, {
    method: 'POST',
    headers: { authorization: `Bearer ${APP_TOKEN}` },
  });
  const body = (await response.json()) as { ok: boolean; url?: string };
  if (!body.ok || !body.url) throw new Error(`apps.connections.open failed: ${JSON.stringify(body)}`);
  return body.url;
}

/** A connected client and every message it has received, parsed. */
interface App {
  socket: WebSocket;
  received: Array<Record<string, unknown>>;
  next(): Promise<Record<string, unknown>>;
}

async function connectApp(url?: string): Promise<App> {
  const socket = new WebSocket(url ?? (await connectionUrl()));
  clients.push(socket);
  const received: Array<Record<string, unknown>> = [];
  const waiting: Array<(message: Record<string, unknown>) => void> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Record<string, unknown>;
    received.push(message);
    waiting.shift()?.(message);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let read = 0;
  const next = () => {
    const ready = received[read];
    read += 1;
    return ready ? Promise.resolve(ready) : new Promise<Record<string, unknown>>((resolve) => waiting.push(resolve));
  };
  return { socket, received, next };
}

/** Resolves with the HTTP status the server answered a WebSocket handshake with. */
function refusedStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => reject(new Error('the handshake was accepted')));
    socket.on('error', () => undefined);
  });
}

const closed = (socket: WebSocket) =>
  new Promise<number>((resolve) => socket.once('close', (code: number) => resolve(code)));

describe('Socket Mode over WebSocket', () => {
  it('greets a new connection with hello, counting the connections and naming the app', async () => {
    const first = await connectApp();
    expect(await first.next()).toEqual({
      type: 'hello',
      num_connections: 1,
      debug_info: { host: 'emulated-socket-mode', approximate_connection_time: 3600 },
      connection_info: { app_id: 'A0CALLLOG' },
    });
    const second = await connectApp();
    expect(await second.next()).toMatchObject({ type: 'hello', num_connections: 2 });
    expect(slack.socketConnections()).toBe(2);
  });

  it('lets each URL connect once, and refuses a made-up ticket or another path with 401', async () => {
    const url = await connectionUrl();
    await connectApp(url);
    expect(await refusedStatus(url)).toBe(401);
    expect(await refusedStatus(url.replace(/ticket=\w+/, 'ticket=0123456789abcdef'))).toBe(401);
    expect(await refusedStatus((await connectionUrl()).replace('/link/', '/other/'))).toBe(401);
    expect(slack.socketConnections()).toBe(1);
  });

  it('answers a handshake that is not a WebSocket one with 400, and keeps the ticket spent', async () => {
    const url = new URL(await connectionUrl());
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connectTcp(Number(url.port), '127.0.0.1', () =>
        socket.write(
          `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`,
        ),
      );
      socket.once('data', (chunk) => {
        resolve(chunk.toString('utf8').split('\r\n')[0] ?? '');
        socket.destroy();
      });
      socket.once('error', reject);
    });
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(await refusedStatus(url.href.replace(/^http/, 'ws'))).toBe(401);
  });

  it('sends an envelope to the app that connected last and resolves with its ack', async () => {
    const older = await connectApp();
    const app = await connectApp();
    await app.next(); // hello
    const acked = slack.sendEnvelope('slash_commands', { command: '/calllog', text: 'today' });
    const envelope = await app.next();
    expect(envelope).toEqual({
      envelope_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'slash_commands',
      payload: { command: '/calllog', text: 'today' },
      accepts_response_payload: true,
    });
    app.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id, payload: { text: 'On it' } }));
    expect(await acked).toEqual({ envelope_id: envelope.envelope_id, payload: { text: 'On it' } });
    expect(older.received.map((m) => m.type)).toEqual(['hello']);
  });

  it('does not let an interaction answer in its ack, and takes an ack without a payload', async () => {
    const app = await connectApp();
    await app.next();
    const acked = slack.sendEnvelope('interactive', { type: 'block_actions' });
    const envelope = await app.next();
    expect(envelope).toMatchObject({ type: 'interactive', accepts_response_payload: false });
    app.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id }));
    expect(await acked).toEqual({ envelope_id: envelope.envelope_id });
  });

  it('sends an event as an events_api envelope that says whether it is a resend', async () => {
    const app = await connectApp();
    await app.next();
    const event = slack.appHomeOpened('UANY');
    const first = slack.sendEnvelope('events_api', event);
    expect(await app.next()).toMatchObject({
      type: 'events_api',
      payload: { type: 'event_callback', event: { type: 'app_home_opened', user: 'UANY', tab: 'home' } },
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
    });
    const resend = slack.sendEnvelope('events_api', event, 5000, { retryAttempt: 2, retryReason: 'timeout' });
    const again = await app.next();
    expect(again).toMatchObject({ retry_attempt: 2, retry_reason: 'timeout', payload: { event_id: event.event_id } });
    app.socket.send(JSON.stringify({ envelope_id: again.envelope_id }));
    await expect(resend).resolves.toEqual({ envelope_id: again.envelope_id });
    void first.catch(() => undefined); // never acknowledged here; closing the local Slack rejects it
  });

  it('ignores what is not an ack for a waiting envelope, and ends no connection over it', async () => {
    const app = await connectApp();
    await app.next();
    const acked = slack.sendEnvelope('slash_commands', { text: 'today' });
    const envelope = await app.next();
    app.socket.send('not json');
    app.socket.send(JSON.stringify(['a list']));
    app.socket.send(JSON.stringify({ envelope_id: 'someone-else' }));
    app.socket.send(Buffer.from(JSON.stringify({ envelope_id: envelope.envelope_id, payload: 'not an object' })));
    expect(await acked).toEqual({ envelope_id: envelope.envelope_id });
    expect(slack.socketConnections()).toBe(1);
  });

  it('gives up on an envelope nobody acknowledges, and refuses to send when no app is connected', async () => {
    await expect(slack.sendEnvelope('slash_commands', {}, 50)).rejects.toThrow('no app is connected over Socket Mode');
    const app = await connectApp();
    await app.next();
    await expect(slack.sendEnvelope('slash_commands', {}, 50)).rejects.toThrow(/did not acknowledge envelope .* 50 ms/);
  });

  it('answers pings with pongs, as the Slack socket client checks', async () => {
    const app = await connectApp();
    const pong = new Promise<string>((resolve) => app.socket.once('pong', (data: Buffer) => resolve(data.toString())));
    app.socket.ping('are you there');
    expect(await pong).toBe('are you there');
  });

  it('ends a connection that sends a message over 1 MB (1009) and keeps serving the others', async () => {
    const app = await connectApp();
    const ended = closed(app.socket);
    app.socket.send('x'.repeat(1024 * 1024 + 1));
    expect(await ended).toBe(1009);
    const next = await connectApp();
    expect(await next.next()).toMatchObject({ type: 'hello', num_connections: 1 });
  });

  it('counts a connection gone once the app closes it', async () => {
    const app = await connectApp();
    expect(slack.socketConnections()).toBe(1);
    const ended = closed(app.socket);
    app.socket.close(1000);
    expect(await ended).toBe(1000);
    await expect.poll(() => slack.socketConnections(), { timeout: 2000 }).toBe(0);
  });

  it('on close, fails envelopes still waiting for an ack and drops every connection', async () => {
    const app = await connectApp();
    await app.next();
    const acked = slack.sendEnvelope('slash_commands', { text: 'today' });
    await app.next();
    const ended = closed(app.socket);
    await slack.close();
    await expect(acked).rejects.toThrow('the local Slack closed before the app acknowledged');
    expect(await ended).toBe(1006);
    slack = await startSlackEmulator({ users: [], appToken: APP_TOKEN });
  });
});
