import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMessageStore } from '../../../src/local-slack/message-store.js';
import { createResponseUrls } from '../../../src/local-slack/response-urls.js';
import type { ResponseUrlContext } from '../../../src/local-slack/types.js';

const BASE = 'http://127.0.0.1:9';

function responseUrls() {
  const store = createMessageStore();
  const urls = createResponseUrls(BASE, store);
  const issue = (context?: ResponseUrlContext) => {
    const url = urls.issue(context);
    const id = url.slice(`${BASE}/response/`.length);
    const post = async (body: Record<string, unknown>) =>
      urls.route.handle({ rest: id, query: new URLSearchParams(), body, headers: {} });
    return { url, post };
  };
  return { store, issue, route: urls.route };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('emulated response_urls', () => {
  it('are absolute URLs under /response/ on the local Slack, one per interaction', () => {
    const { issue, route } = responseUrls();
    const [a, b] = [issue().url, issue().url];
    expect(route.prefix).toBe('/response/');
    expect(a).toMatch(/^http:\/\/127\.0\.0\.1:9\/response\/T0EMULATED\/[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
  });

  it('answer 404 invalid_url for a URL they never issued', async () => {
    const { route } = responseUrls();
    expect(
      await route.handle({ rest: 'T0EMULATED/nope', query: new URLSearchParams(), body: {}, headers: {} }),
    ).toEqual({ status: 404, text: 'invalid_url' });
  });

  it('take five messages, then answer 404 used_url', async () => {
    const { issue, store } = responseUrls();
    const { post } = issue();
    const replies = [];
    for (let i = 1; i <= 6; i++) replies.push(await post({ text: `reply ${i}` }));
    expect(replies.map((r) => ('text' in r ? `${r.status} ${r.text}` : ''))).toEqual([
      '200 ok',
      '200 ok',
      '200 ok',
      '200 ok',
      '200 ok',
      '404 used_url',
    ]);
    expect(store.messages).toHaveLength(5);
  });

  it('expire 30 minutes after the interaction', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    const { issue } = responseUrls();
    const early = issue();
    const late = issue();
    vi.setSystemTime(new Date('2026-11-24T12:30:00Z'));
    expect(await early.post({ text: 'just in time' })).toEqual({ status: 200, text: 'ok' });
    vi.setSystemTime(new Date('2026-11-24T12:30:00.001Z'));
    expect(await late.post({ text: 'too late' })).toEqual({ status: 404, text: 'expired_url' });
  });

  it('refuse a message with nothing to show (400 no_text), unless it deletes the original', async () => {
    const { issue, store } = responseUrls();
    const { post } = issue();
    expect(await post({ text: '' })).toEqual({ status: 400, text: 'no_text' });
    expect(await post({ delete_original: true })).toEqual({ status: 200, text: 'ok' });
    expect(store.messages.map((m) => m.body)).toEqual([{ delete_original: true }]);
  });

  it('show a message only to the user who asked, unless it is in_channel', async () => {
    const { issue, store } = responseUrls();
    const { url, post } = issue({ channelId: 'C1', userId: 'UANN' });
    await post({ text: 'just you', response_type: 'ephemeral' });
    await post({ text: 'everyone', response_type: 'in_channel' });
    expect(store.messages.map(({ channel, user, responseUrl, via }) => ({ channel, user, responseUrl, via }))).toEqual([
      { channel: 'C1', user: 'UANN', responseUrl: url, via: 'response_url' },
      { channel: 'C1', user: undefined, responseUrl: url, via: 'response_url' },
    ]);
  });

  it('give a replacement the ts of the message it replaces, the clicked one to begin with', async () => {
    const { issue, store } = responseUrls();
    const { post } = issue({ userId: 'UANN', messageTs: '1700000000.000042' });
    await post({ text: 'replaces the clicked message', replace_original: true });
    await post({ text: 'a new one' });
    await post({ text: 'replaces the new one', replace_original: true });
    expect(store.messages.map((m) => m.ts)).toEqual([
      '1700000000.000042',
      store.messages[1]?.ts,
      store.messages[1]?.ts,
    ]);
    expect(store.messages[1]?.ts).not.toBe('1700000000.000042');
  });
});
