import { describe, expect, it } from 'vitest';
import { asMessage, createMessageStore, hasContent } from '../../../src/local-slack/message-store.js';

describe('the store of recorded messages', () => {
  it('hands out ever-increasing Slack-shaped timestamps', () => {
    const store = createMessageStore();
    const [first, second] = [store.nextTs(), store.nextTs()];
    expect(first).toMatch(/^\d{10}\.000001$/);
    expect(second).toMatch(/^\d{10}\.000002$/);
  });

  it('records each message with what checkMessage found, and tells every listener', () => {
    const store = createMessageStore((m) => (m.text === 'bad' ? ['too bad'] : []));
    const heard: string[] = [];
    const stop = store.onMessage((m) => heard.push(m.ts));
    store.record({ via: 'chat.postMessage', body: { text: 'fine' }, ts: '1.1', channel: 'C1' });
    stop();
    store.record({ via: 'chat.postMessage', body: { text: 'bad' }, ts: '1.2', channel: 'C1' });
    expect(store.messages.map((m) => [m.ts, m.violations])).toEqual([
      ['1.1', []],
      ['1.2', ['too bad']],
    ]);
    expect(heard).toEqual(['1.1']);
    expect(store.messages[0]?.at).toBeInstanceOf(Date);
  });

  it('lets a caller wait for a message recorded before or after it asks, and gives up after the timeout', async () => {
    const store = createMessageStore();
    store.record({ via: 'response_url', body: { text: 'early' }, ts: '1.1' });
    expect((await store.waitFor((m) => m.body.text === 'early')).ts).toBe('1.1');

    const late = store.waitFor((m) => m.body.text === 'late', 1000);
    store.record({ via: 'response_url', body: { text: 'other' }, ts: '1.2' });
    store.record({ via: 'response_url', body: { text: 'late' }, ts: '1.3' });
    expect((await late).ts).toBe('1.3');

    await expect(store.waitFor((m) => m.body.text === 'never', 20)).rejects.toThrow(
      'no matching Slack message within 20 ms (3 recorded)',
    );
  });

  it('stops telling listeners once closed', () => {
    const store = createMessageStore();
    const heard: string[] = [];
    store.onMessage((m) => heard.push(m.ts));
    store.close();
    store.record({ via: 'chat.postMessage', body: { text: 'x' }, ts: '1.1', channel: 'C1' });
    expect(heard).toEqual([]);
  });
});

describe('message bodies', () => {
  it('keep text and blocks only when they have the right type, and every other field as given', () => {
    expect(asMessage({ text: 'hi', blocks: [{ type: 'divider' }], response_type: 'ephemeral' })).toEqual({
      text: 'hi',
      blocks: [{ type: 'divider' }],
      response_type: 'ephemeral',
    });
    expect(asMessage({ text: 5, blocks: 'none', channel: 'C1' })).toEqual({ channel: 'C1' });
  });

  it('have content when they carry non-empty text or at least one block', () => {
    expect(hasContent({ text: 'hi' })).toBe(true);
    expect(hasContent({ blocks: [{ type: 'divider' }] })).toBe(true);
    expect(hasContent({ text: '', blocks: [] })).toBe(false);
    expect(hasContent({ delete_original: true })).toBe(false);
  });
});
