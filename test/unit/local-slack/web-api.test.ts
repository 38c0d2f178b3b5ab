import { describe, expect, it } from 'vitest';
import type { RouteRequest } from '../../../src/local-slack/server.js';
import { type ApiResult, createWebApi, type WebApiOptions } from '../../../src/local-slack/web-api.js';

const BOT_TOKEN = 'xoxb-right';

function webApi(options: Partial<WebApiOptions> = {}) {
  const seen: Array<Record<string, unknown>> = [];
  const appTokens: Array<string | undefined> = [];
  const api = createWebApi({
    botToken: BOT_TOKEN,
    methods: {
      'echo.args': (args) => {
        seen.push(args);
        return { ok: true };
      },
    },
    appLevelMethods: {
      'apps.connections.open': (token) => {
        appTokens.push(token);
        return { ok: true };
      },
    },
    ...options,
  });
  const call = async (
    method: string,
    body: Record<string, unknown>,
    { authorization, query = '' }: { authorization?: string; query?: string } = {},
  ): Promise<ApiResult> => {
    const request: RouteRequest = {
      rest: method,
      query: new URLSearchParams(query),
      body,
      headers: authorization ? { authorization } : {},
    };
    const reply = await api.route.handle(request);
    expect(reply.status).toBe(200);
    return (reply as { json: ApiResult }).json;
  };
  return { api, call, seen, appTokens };
}

describe('the emulated Web API', () => {
  it('serves /api/', () => {
    expect(webApi().api.route.prefix).toBe('/api/');
  });

  it('takes the bot token from the Authorization header or the token field, and refuses a missing or wrong one', async () => {
    const { call, seen } = webApi();
    expect(await call('echo.args', {})).toEqual({ ok: false, error: 'not_authed' });
    expect(await call('echo.args', {}, { authorization: 'Bearer xoxb-wrong' })).toEqual({
      ok: false,
      error: 'invalid_auth',
    });
    expect(await call('echo.args', { token: 'xoxb-wrong' })).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await call('echo.args', { n: 1 }, { authorization: `Bearer ${BOT_TOKEN}` })).toEqual({ ok: true });
    expect(await call('echo.args', { n: 2, token: BOT_TOKEN })).toEqual({ ok: true });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('takes any token, or none, when it was given no bot token', async () => {
    const { call } = webApi({ botToken: undefined });
    expect(await call('echo.args', {})).toEqual({ ok: true });
    expect(await call('echo.args', { token: 'xoxb-anything' })).toEqual({ ok: true });
  });

  it('answers unknown_method for a method it does not have', async () => {
    const { call } = webApi();
    expect(await call('chat.nothing', { token: BOT_TOKEN })).toEqual({ ok: false, error: 'unknown_method' });
  });

  it('records every call with its arguments, query first and body over it, but never the token', async () => {
    const { api, call, seen } = webApi();
    await call('echo.args', { user: 'UBODY', token: BOT_TOKEN }, { query: 'user=UQUERY&limit=5' });
    await call('chat.nothing', { token: 'xoxb-wrong' });
    expect(seen).toEqual([{ user: 'UBODY', limit: '5' }]);
    expect(api.calls.map(({ method, body }) => ({ method, body }))).toEqual([
      { method: 'echo.args', body: { user: 'UBODY', limit: '5' } },
      { method: 'chat.nothing', body: {} },
    ]);
    expect(JSON.stringify(api.calls)).not.toContain('xoxb');
  });

  it('gives an app-level method only the token in the Authorization header, never the token field', async () => {
    const { call, appTokens } = webApi();
    await call('apps.connections.open', { token: 'xapp-in-the-body' });
    await call('apps.connections.open', {}, { authorization: 'Bearer xapp-in-the-header' });
    await call('apps.connections.open', {}, { authorization: 'Basic xapp-not-bearer' });
    expect(appTokens).toEqual([undefined, 'xapp-in-the-header', undefined]);
  });
});
