// The knobs that let tests drive each fallback: a failing or hanging response_url, a refused Web API method, and
// conversations.open for the DM.
import { describe, expect, it } from 'vitest';
import { conversationsMethods, dmChannelId } from '../../../src/local-slack/conversations.js';
import { createMessageStore } from '../../../src/local-slack/message-store.js';
import { createResponseUrls } from '../../../src/local-slack/response-urls.js';
import type { SlackUser } from '../../../src/local-slack/types.js';
import { createWebApi } from '../../../src/local-slack/web-api.js';

const BASE = 'http://127.0.0.1:9';
const ann: SlackUser = { id: 'UANN', name: 'ann', realName: 'Ann Example' };

function responseUrls(now: () => number = Date.now) {
  const store = createMessageStore();
  const urls = createResponseUrls(BASE, store, now);
  const post = (url: string, body: Record<string, unknown> = { text: 'hi' }) =>
    urls.route.handle({ rest: url.slice(`${BASE}/response/`.length), query: new URLSearchParams(), body, headers: {} });
  return { store, urls, post };
}

describe('response_url faults', () => {
  it('answer 404 or 500 for one url, or all, and record nothing; undefined restores them', async () => {
    const { store, urls, post } = responseUrls();
    const [a, b] = [urls.issue(), urls.issue()];
    urls.fail(500, a);
    expect(await post(a)).toEqual({ status: 500, text: 'internal_error' });
    expect(await post(b)).toEqual({ status: 200, text: 'ok' });
    urls.fail(404);
    expect(await post(b)).toEqual({ status: 404, text: 'invalid_url' });
    urls.fail(undefined);
    urls.fail(undefined, a);
    expect(await post(a)).toEqual({ status: 200, text: 'ok' });
    expect(store.messages).toHaveLength(2);
  });

  it('can hang: the post never gets an answer', async () => {
    const { urls, post } = responseUrls();
    const url = urls.issue();
    urls.fail('hang', url);
    const outcome = await Promise.race([post(url), new Promise((r) => setTimeout(() => r('still waiting'), 50))]);
    expect(outcome).toBe('still waiting');
  });

  it('expire 30 minutes after they were issued, on the given clock', async () => {
    let now = 0;
    const { urls, post } = responseUrls(() => now);
    const url = urls.issue();
    now = 30 * 60 * 1000 + 1;
    expect(await post(url)).toEqual({ status: 404, text: 'expired_url' });
  });
});

describe('a refused Web API method', () => {
  it('answers ok:false with the error it was told, after the token check, until restored', async () => {
    const api = createWebApi({ botToken: 'xoxb-1', methods: { 'chat.postEphemeral': () => ({ ok: true }) } });
    const call = async (token: string) => {
      const reply = await api.route.handle({
        rest: 'chat.postEphemeral',
        query: new URLSearchParams(),
        body: { token },
        headers: {},
      });
      return (reply as { json: unknown }).json;
    };
    api.refuse('chat.postEphemeral', 'user_not_in_channel');
    expect(await call('xoxb-1')).toEqual({ ok: false, error: 'user_not_in_channel' });
    expect(await call('xoxb-wrong')).toEqual({ ok: false, error: 'invalid_auth' });
    api.refuse('chat.postEphemeral', undefined);
    expect(await call('xoxb-1')).toEqual({ ok: true });
  });
});

describe('conversations.open', () => {
  const open = defined(conversationsMethods(new Map([[ann.id, ann]]))['conversations.open']);

  it('opens the same DM with a known user each time', () => {
    expect(open({ users: 'UANN' })).toEqual({ ok: true, channel: { id: dmChannelId('UANN') } });
    expect(open({ users: 'UANN' })).toEqual(open({ users: 'UANN' }));
    expect(dmChannelId('UANN')).toMatch(/^D/);
  });

  it('refuses no users, an unknown user, and a group DM (not emulated)', () => {
    expect(open({})).toEqual({ ok: false, error: 'users_list_not_supplied' });
    expect(open({ users: 'UNOBODY' })).toEqual({ ok: false, error: 'user_not_found' });
    expect(open({ users: 'UANN,UBOB' })).toEqual({ ok: false, error: 'method_not_supported_for_channel_type' });
  });
});

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}
