import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRateLimited } from '../../../src/blocks/errors.js';
import { type Conversation, NoReplyError, startConversation } from '../../../src/console/conversation.js';
import type { DemoPerson } from '../../../src/console/demo-people.js';
import { type SlackEmulator, signRequest, startSlackEmulator } from '../../../src/local-slack/index.js';

const SECRET = 'test-signing-secret';
const dana: DemoPerson = {
  id: 'U0DANA',
  name: 'dana',
  realName: 'Dana Ng',
  email: 'dana@acme.example',
  tz: 'America/Chicago',
  extensionNumber: '102',
  isAdmin: false,
};
const alex: DemoPerson = {
  id: 'U0ALEX',
  name: 'alex',
  realName: 'Alex Stone',
  email: 'alex@acme.example',
  tz: 'America/New_York',
  extensionNumber: '101',
  isAdmin: true,
};

const pager = (page: number) => [
  { type: 'header', text: { type: 'plain_text', text: `Today, page ${page}` } },
  {
    type: 'actions',
    block_id: 'pager',
    elements: [
      {
        type: 'button',
        action_id: 'calls_next',
        value: `page=${page + 1}`,
        text: { type: 'plain_text', text: 'Next' },
      },
      {
        type: 'button',
        action_id: 'calls_share',
        value: 'share',
        text: { type: 'plain_text', text: 'Share in channel' },
      },
    ],
  },
];

const postTo = (responseUrl: string, message: object) =>
  fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });

/**
 * A stand-in bot: checks Slack's signature, records what it got, answers through response_url. "delayed" gets
 * the bot's real rate-limit notice, and its answer only when the test calls `sendDelayedAnswer`; "gave up" gets
 * the final rate-limit message.
 */
function fakeBot() {
  const received: Array<Record<string, string>> = [];
  let delayedAt: string | undefined;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const timestamp = Number(req.headers['x-slack-request-timestamp']);
      if (
        req.url !== '/slack/events' ||
        signRequest(SECRET, raw, timestamp)['x-slack-signature'] !== req.headers['x-slack-signature']
      ) {
        res.writeHead(401).end();
        return;
      }
      const form = Object.fromEntries(new URLSearchParams(raw));
      received.push(form);
      const payload = form.payload
        ? (JSON.parse(form.payload) as {
            response_url: string;
            user: { id: string };
            actions: Array<{ value: string }>;
          })
        : undefined;
      if (form.text === 'in the ack') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ text: 'Unknown word *tody*.' }));
        return;
      }
      res.writeHead(200).end();
      if (form.text === 'silence') return;
      const responseUrl = payload?.response_url ?? form.response_url ?? '';
      if (form.text === 'delayed' || form.text === 'gave up') {
        if (form.text === 'delayed') delayedAt = responseUrl;
        void postTo(responseUrl, {
          response_type: 'ephemeral',
          ...renderRateLimited({ waitMs: 30_000, final: form.text === 'gave up' }),
        });
        return;
      }
      const reply = payload
        ? {
            replace_original: true,
            blocks: pager(Number(payload.actions[0]?.value.split('=')[1])),
            text: `for ${payload.user.id}`,
          }
        : { blocks: pager(1), text: 'page 1' };
      void postTo(responseUrl, reply);
    });
  });
  /** The answer that replaces the delay notice, as the bot sends it once RingCentral lets it. */
  const sendDelayedAnswer = async () => {
    if (!delayedAt) throw new Error('no delayed command to answer');
    await postTo(delayedAt, { replace_original: true, blocks: pager(1), text: 'page 1' });
  };
  return { server, received, sendDelayedAnswer };
}

describe('a console conversation with the bot', () => {
  let emulator: SlackEmulator;
  let bot: ReturnType<typeof fakeBot>;
  let conversation: Conversation;
  let printed: string[];

  beforeEach(async () => {
    emulator = await startSlackEmulator({ users: [dana, alex] });
    bot = fakeBot();
    await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', resolve));
    printed = [];
    conversation = startConversation({
      emulator,
      botUrl: `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`,
      signingSecret: SECRET,
      people: [dana, alex],
      user: dana,
      print: (lines) => printed.push(...lines),
      replyTimeoutMs: 2000,
      settleMs: 20,
    });
  });

  afterEach(async () => {
    conversation.stop();
    await emulator.close();
    await new Promise((resolve) => (bot.server as Server).close(resolve));
  });

  it('sends a signed /calllog request as the current user and prints the reply with numbered buttons', async () => {
    const turn = await conversation.send('today missed');
    expect(turn.replies).toBe(1);
    expect(bot.received[0]).toMatchObject({
      command: '/calllog',
      text: 'today missed',
      user_id: 'U0DANA',
      user_name: 'dana',
    });
    expect(bot.received[0]?.response_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/response\//);
    expect(printed).toContain('(only visible to you)');
    expect(printed).toContain('Today, page 1');
    expect(printed).toContain('[1 Next]  [2 Share in channel]');
  });

  it('clicks a numbered button as the current user, echoing the message it sits in', async () => {
    await conversation.send('today');
    expect(conversation.switchUser('alex')?.id).toBe('U0ALEX');
    await conversation.click(1);

    const payload = JSON.parse(bot.received[1]?.payload ?? '{}') as {
      type: string;
      user: { id: string };
      actions: Array<Record<string, string>>;
      message: { blocks: Array<{ text: { text: string } }> };
    };
    expect(payload.type).toBe('block_actions');
    expect(payload.user.id).toBe('U0ALEX');
    expect(payload.actions[0]).toMatchObject({ action_id: 'calls_next', value: 'page=2', block_id: 'pager' });
    expect(payload.message.blocks[0]?.text.text).toBe('Today, page 1');
    expect(printed).toContain('(replaces the message above)');
    expect(printed).toContain('Today, page 2');
  });

  it('shows a message the bot put in its acknowledgement', async () => {
    const turn = await conversation.send('in the ack');
    expect(turn.replies).toBe(1);
    expect(printed).toContain('Unknown word tody.');
  });

  it('says so when the bot never answers', async () => {
    const quiet = startConversation({
      emulator,
      botUrl: `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`,
      signingSecret: SECRET,
      people: [dana],
      user: dana,
      print: () => {},
      replyTimeoutMs: 100,
    });
    await expect(quiet.send('silence')).rejects.toBeInstanceOf(NoReplyError);
    quiet.stop();
  });

  describe("when the bot says the answer is delayed by RingCentral's rate limit", () => {
    let lines: string[];
    const waitingFor = (timeoutMs: number) =>
      startConversation({
        emulator,
        botUrl: `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`,
        signingSecret: SECRET,
        people: [dana],
        user: dana,
        print: (printed) => lines.push(...printed),
        replyTimeoutMs: 2000,
        settleMs: 20,
        delayedAnswerTimeoutMs: timeoutMs,
      });
    const waitingLineShown = async () => {
      while (!lines.some((line) => line.startsWith('(waiting up to')))
        await new Promise((resolve) => setTimeout(resolve, 10));
    };

    beforeEach(() => {
      conversation.stop();
      lines = [];
    });

    it('keeps the turn open past the notice, saying it waits, until the answer replaces the notice', async () => {
      const waiting = waitingFor(60_000);
      const turn = waiting.send('delayed');
      await waitingLineShown();
      expect(lines.join('\n')).toMatch(/Your answer is delayed/);
      expect(lines).toContain('(waiting up to 60 s for the delayed answer…)');
      expect(lines).not.toContain('Today, page 1');

      await bot.sendDelayedAnswer();
      expect((await turn).replies).toBe(2);
      expect(lines).toContain('(replaces the message above)');
      expect(lines).toContain('Today, page 1');
      waiting.stop();
    });

    it('ends the turn at the notice when not asked to wait (the interactive console)', async () => {
      const interactive = waitingFor(0);
      expect((await interactive.send('delayed')).replies).toBe(1);
      expect(lines.some((line) => line.startsWith('(waiting'))).toBe(false);
      interactive.stop();
    });

    it('does not wait after the final "gave up" message: that is the answer', async () => {
      const waiting = waitingFor(60_000);
      expect((await waiting.send('gave up')).replies).toBe(1);
      expect(lines.join(' ').replace(/\s+/g, ' ')).toMatch(/gave up on this request/);
      waiting.stop();
    });

    it('gives up with a NoReplyError when the answer never comes', async () => {
      const waiting = waitingFor(100);
      await expect(waiting.send('delayed')).rejects.toThrow(
        new NoReplyError('The bot said the answer was delayed, but it did not arrive within 1 s.'),
      );
      waiting.stop();
    });
  });

  it('refuses a button number that is not on screen without sending anything', async () => {
    await expect(conversation.click(3)).rejects.toThrow('There is no button 3: there are no buttons on screen.');
    expect(bot.received).toEqual([]);
  });

  it('reports a bot that rejects the request', async () => {
    const wrongSecret = startConversation({
      emulator,
      botUrl: `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`,
      signingSecret: 'not-the-secret',
      people: [dana],
      user: dana,
      print: () => {},
    });
    await expect(wrongSecret.send('today')).rejects.toThrow('The bot answered HTTP 401');
    wrongSecret.stop();
  });
});
