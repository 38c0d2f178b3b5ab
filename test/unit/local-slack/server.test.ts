import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../../src/local-slack/server.js';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post = (path: string, body: string, contentType = 'application/json') =>
  fetch(`${server?.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

/** The status line the server answers a raw WebSocket upgrade request with. */
function upgradeStatus(baseUrl: string): Promise<string> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        'GET /link/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    });
    socket.once('data', (chunk) => {
      resolve(chunk.toString('utf8').split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

describe('the local Slack HTTP server', () => {
  it('listens on loopback at a port the OS picked', async () => {
    server = await startLoopbackServer();
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 503 until it is given its routes', async () => {
    server = await startLoopbackServer();
    expect((await post('/api/x', '{}')).status).toBe(503);
    server.serve([{ prefix: '/api/', handle: () => ({ status: 200, text: 'ok' }) }]);
    expect((await post('/api/x', '{}')).status).toBe(200);
  });

  it('hands a POST to the route whose prefix it matches, with the rest of the path, the query and the parsed body', async () => {
    server = await startLoopbackServer();
    server.serve([
      {
        prefix: '/api/',
        handle: ({ rest, query, body, headers }) => ({
          status: 200,
          json: { rest, query: Object.fromEntries(query), body, type: headers['content-type'] },
        }),
      },
      { prefix: '/response/', handle: async ({ rest }) => ({ status: 201, text: `response ${rest}` }) },
    ]);
    const api = await post(
      '/api/chat.postMessage?channel=C1',
      'text=hi&mrkdwn=false',
      'application/x-www-form-urlencoded',
    );
    expect(api.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await api.json()).toEqual({
      rest: 'chat.postMessage',
      query: { channel: 'C1' },
      body: { text: 'hi', mrkdwn: false },
      type: 'application/x-www-form-urlencoded',
    });
    const response = await post('/response/T1/abc', '{"text":"x"}');
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      201,
      'text/plain; charset=utf-8',
      'response T1/abc',
    ]);
  });

  it('answers 404 for other paths and other methods, and 400 for a body it cannot parse or a route that fails', async () => {
    server = await startLoopbackServer();
    server.serve([
      { prefix: '/api/', handle: () => ({ status: 200, text: 'ok' }) },
      {
        prefix: '/broken/',
        handle: () => {
          throw new Error('broken_route');
        },
      },
    ]);
    const elsewhere = await post('/elsewhere', '{}');
    expect([elsewhere.status, await elsewhere.text()]).toEqual([404, 'not_found']);
    expect((await fetch(`${server.baseUrl}/api/auth.test`)).status).toBe(404);
    const badJson = await post('/api/x', '[1]');
    expect([badJson.status, await badJson.text()]).toEqual([400, 'invalid_json']);
    const broken = await post('/broken/x', '{}');
    expect([broken.status, await broken.text()]).toEqual([400, 'broken_route']);
  });

  it('refuses a body over 2 MB', async () => {
    server = await startLoopbackServer();
    server.serve([{ prefix: '/api/', handle: () => ({ status: 200, text: 'ok' }) }]);
    const status = await post('/api/x', `{"text":"${'x'.repeat(2 * 1024 * 1024)}"}`).then(
      (r) => r.status,
      () => 'connection closed',
    );
    expect([400, 'connection closed']).toContain(status);
  });

  it('passes WebSocket upgrades to their handler, and answers 404 when there is none', async () => {
    server = await startLoopbackServer();
    server.serve([]);
    expect(await upgradeStatus(server.baseUrl)).toBe('HTTP/1.1 404 Not Found');
    await server.close();
    server = await startLoopbackServer();
    server.serve([], (_req, socket) => socket.end('HTTP/1.1 418 I am a teapot\r\nContent-Length: 0\r\n\r\n'));
    expect(await upgradeStatus(server.baseUrl)).toBe('HTTP/1.1 418 I am a teapot');
  });
});
