// The local Slack is a test double the whole suite leans on, so it is checked against the real clients: Slack's
// WebClient, Bolt's respond() and Bolt's request verification.
import { verifySlackRequest, webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blockActionsBody,
  type SlackEmulator,
  signRequest,
  slashCommandBody,
  startSlackEmulator,
} from '../../src/local-slack/index.js';

const TOKEN = 'xoxb-emulator-test';
let slack: SlackEmulator;
let client: webApi.WebClient;

beforeAll(async () => {
  slack = await startSlackEmulator({
    users: [
      { id: 'UANN', name: 'ann', realName: 'Ann Example', email: 'ann@example.com', tz: 'America/Los_Angeles' },
      { id: 'UNOTZ', name: 'bo', realName: 'Bo' },
    ],
    botToken: TOKEN,
    checkMessage: (m) => (m.blocks && m.blocks.length > 50 ? ['too many blocks'] : []),
  });
  client = new webApi.WebClient(TOKEN, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
});
afterAll(() => slack.close());

describe('the emulated Web API', () => {
  it('answers auth.test for the right token and refuses another', async () => {
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: 'U0CALLLOGBOT', bot_id: 'B0CALLLOG' });
    const wrong = new webApi.WebClient('xoxb-wrong', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    await expect(wrong.auth.test()).rejects.toMatchObject({ data: { ok: false, error: 'invalid_auth' } });
  });

  it('answers users.info with tz and profile.email, and user_not_found for strangers', async () => {
    const { user } = await client.users.info({ user: 'UANN' });
    expect(user).toMatchObject({ id: 'UANN', tz: 'America/Los_Angeles', profile: { email: 'ann@example.com' } });
    expect((await client.users.info({ user: 'UNOTZ' })).user?.tz).toBeUndefined();
    await expect(client.users.info({ user: 'UNOBODY' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
    expect(slack.apiCalls.filter((c) => c.method === 'users.info').map((c) => c.body.user)).toEqual([
      'UANN',
      'UNOTZ',
      'UNOBODY',
    ]);
  });

  it('records chat.postMessage, chat.postEphemeral and chat.update with their blocks', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }];
    const posted = await client.chat.postMessage({ channel: 'C1', text: 'hello', blocks });
    await client.chat.update({ channel: 'C1', ts: posted.ts ?? '', text: 'edited' });
    await client.chat.postEphemeral({ channel: 'C1', user: 'UANN', text: 'psst' });
    const recent = slack.messages
      .slice(-3)
      .map((m) => ({ via: m.via, text: m.body.text, channel: m.channel, user: m.user }));
    expect(recent).toEqual([
      { via: 'chat.postMessage', text: 'hello', channel: 'C1', user: undefined },
      { via: 'chat.update', text: 'edited', channel: 'C1', user: undefined },
      { via: 'chat.postEphemeral', text: 'psst', channel: 'C1', user: 'UANN' },
    ]);
    expect(slack.messages.at(-3)?.body.blocks).toEqual(blocks);
    await expect(client.chat.update({ channel: 'C1', ts: '1.2', text: 'x' })).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
  });

  it('runs checkMessage on every message and keeps what it finds', async () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    await client.chat.postMessage({ channel: 'C1', text: 'long', blocks });
    expect(slack.messages.at(-1)?.violations).toEqual(['too many blocks']);
  });
});

describe('emulated response_urls', () => {
  it('take five messages, then answer 404 like Slack', async () => {
    const url = slack.newResponseUrl({ channelId: 'C1', userId: 'UANN' });
    const post = (text: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await post(`reply ${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(slack.messages.filter((m) => m.responseUrl === url)).toHaveLength(5);
  });

  it('keep the replaced message id for replace_original', async () => {
    const url = slack.newResponseUrl({ userId: 'UANN' });
    const send = (body: object) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await send({ text: 'first', response_type: 'ephemeral' });
    await send({ text: 'second', replace_original: true });
    await send({ text: 'third' });
    const [first, second, third] = slack.messages.filter((m) => m.responseUrl === url);
    expect(second?.ts).toBe(first?.ts);
    expect(third?.ts).not.toBe(first?.ts);
    expect(first?.user).toBe('UANN');
  });

  it('let a test wait for a message that has not arrived yet', async () => {
    const url = slack.newResponseUrl();
    const waiting = slack.waitForMessage((m) => m.responseUrl === url, 2000);
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'late' }),
    });
    expect((await waiting).body.text).toBe('late');
    await expect(slack.waitForMessage((m) => m.body.text === 'never', 50)).rejects.toThrow(/no matching Slack message/);
  });
});

describe('signed requests', () => {
  const secret = 'shhh-signing-secret';

  it('pass Bolt’s verification, and fail it with another secret or a stale timestamp', () => {
    const body = slashCommandBody({
      command: '/calllog',
      text: 'today missed',
      userId: 'UANN',
      userName: 'ann',
      teamId: 'T1',
      channelId: 'C1',
      responseUrl: 'http://127.0.0.1/response/x',
      triggerId: 't.1',
    });
    const now = Math.floor(Date.now() / 1000);
    const verify = (headers: ReturnType<typeof signRequest>, signingSecret = secret, at = now) =>
      verifySlackRequest({
        signingSecret,
        body,
        headers: {
          'x-slack-signature': headers['x-slack-signature'],
          'x-slack-request-timestamp': Number(headers['x-slack-request-timestamp']),
        },
        nowMilliseconds: at * 1000,
      });
    expect(() => verify(signRequest(secret, body, now))).not.toThrow();
    expect(() => verify(signRequest(secret, body, now), 'another-secret')).toThrow(/signature mismatch/);
    expect(() => verify(signRequest(secret, body, now - 600))).toThrow(/stale/);
  });

  it('carry slash-command fields and block_actions payloads the way Slack does', () => {
    const command = new URLSearchParams(
      slashCommandBody({
        command: '/calllog',
        text: 'ext 101',
        userId: 'U1',
        userName: 'u',
        teamId: 'T1',
        channelId: 'C1',
        responseUrl: 'r',
        triggerId: 't',
      }),
    );
    expect(Object.fromEntries(command)).toMatchObject({
      command: '/calllog',
      text: 'ext 101',
      user_id: 'U1',
      channel_id: 'C1',
      response_url: 'r',
    });
    const click = new URLSearchParams(
      blockActionsBody({
        user: { id: 'U2', name: 'v', teamId: 'T1' },
        actionId: 'next',
        value: '{"page":1}',
        responseUrl: 'r2',
        channelId: 'C1',
        message: { ts: '1.1' },
      }),
    );
    expect(JSON.parse(click.get('payload') ?? '')).toMatchObject({
      type: 'block_actions',
      user: { id: 'U2' },
      response_url: 'r2',
      container: { message_ts: '1.1', channel_id: 'C1' },
      actions: [{ action_id: 'next', value: '{"page":1}', type: 'button' }],
    });
  });
});
