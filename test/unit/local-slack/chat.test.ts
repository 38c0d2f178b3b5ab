import { describe, expect, it } from 'vitest';
import { chatMethods } from '../../../src/local-slack/chat.js';
import { createMessageStore } from '../../../src/local-slack/message-store.js';
import type { SlackUser } from '../../../src/local-slack/types.js';

const ann: SlackUser = { id: 'UANN', name: 'ann', realName: 'Ann Example' };

function chat() {
  const store = createMessageStore();
  const users = new Map([[ann.id, ann]]);
  const methods = chatMethods({ store, users });
  const call = (method: string, args: Record<string, unknown>) => {
    const handler = methods[method];
    if (!handler) throw new Error(`no ${method}`);
    return handler(args);
  };
  return { store, call };
}

describe('chat.postMessage', () => {
  it('posts to the channel and answers with the message as Slack stores it', () => {
    const { store, call } = chat();
    const result = call('chat.postMessage', { channel: 'C1', text: 'hello', unfurl_links: false });
    expect(result).toMatchObject({
      ok: true,
      channel: 'C1',
      message: { text: 'hello', type: 'message', bot_id: 'B0CALLLOG' },
    });
    expect(store.messages).toEqual([
      expect.objectContaining({ via: 'chat.postMessage', channel: 'C1', ts: result.ts }),
    ]);
  });

  it('refuses a missing channel and an empty message, recording nothing', () => {
    const { store, call } = chat();
    expect(call('chat.postMessage', { text: 'hello' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(call('chat.postMessage', { channel: 'C1', text: '' })).toEqual({ ok: false, error: 'no_text' });
    expect(store.messages).toEqual([]);
  });
});

describe('chat.postEphemeral', () => {
  it('shows the message to one user of the workspace, and answers with its ts', () => {
    const { store, call } = chat();
    const result = call('chat.postEphemeral', { channel: 'C1', user: 'UANN', text: 'psst' });
    expect(result).toEqual({ ok: true, message_ts: store.messages[0]?.ts });
    expect(store.messages[0]).toMatchObject({ via: 'chat.postEphemeral', user: 'UANN', channel: 'C1' });
  });

  it('refuses a user the workspace does not know (user_not_in_channel) and an empty message', () => {
    const { store, call } = chat();
    expect(call('chat.postEphemeral', { channel: 'C1', user: 'UNOBODY', text: 'x' })).toEqual({
      ok: false,
      error: 'user_not_in_channel',
    });
    expect(call('chat.postEphemeral', { channel: 'C1', text: 'x' })).toEqual({
      ok: false,
      error: 'user_not_in_channel',
    });
    expect(call('chat.postEphemeral', { user: 'UANN', text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(call('chat.postEphemeral', { channel: 'C1', user: 'UANN' })).toEqual({ ok: false, error: 'no_text' });
    expect(store.messages).toEqual([]);
  });
});

describe('chat.update', () => {
  it('replaces a message it posted, keeping its ts', () => {
    const { store, call } = chat();
    const posted = call('chat.postMessage', { channel: 'C1', text: 'first' });
    expect(call('chat.update', { channel: 'C1', ts: posted.ts, text: 'edited' })).toEqual({
      ok: true,
      channel: 'C1',
      ts: posted.ts,
      text: 'edited',
    });
    expect(store.messages.map((m) => [m.via, m.ts, m.body.text])).toEqual([
      ['chat.postMessage', posted.ts, 'first'],
      ['chat.update', posted.ts, 'edited'],
    ]);
  });

  it('cannot update an ephemeral message or one it never posted', () => {
    const { call } = chat();
    const ephemeral = call('chat.postEphemeral', { channel: 'C1', user: 'UANN', text: 'psst' });
    expect(call('chat.update', { channel: 'C1', ts: ephemeral.message_ts, text: 'x' })).toEqual({
      ok: false,
      error: 'message_not_found',
    });
    expect(call('chat.update', { channel: 'C1', ts: '1.2', text: 'x' })).toEqual({
      ok: false,
      error: 'message_not_found',
    });
  });
});
