// The delivery chain: response_url → chat.postEphemeral → DM, each step taken only when the one before failed.
import type { RespondFn } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import type { SlackMessage } from '../../../src/blocks/kit.js';
import { createReply, type ReplyDeps, withDeadline } from '../../../src/listeners/reply.js';
import { createResponseBudget } from '../../../src/listeners/response-budget.js';
import { createLogger } from '../../../src/logger.js';

const ANSWER: SlackMessage = {
  text: 'Your calls · today',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }],
};
const URL = 'https://hooks.slack.test/commands/1';

function slackError(code: string): Error {
  return Object.assign(new Error(`An API error occurred: ${code}`), { data: { ok: false, error: code } });
}

function setup(respond: RespondFn, overrides: { ephemeral?: Error; open?: Error; post?: Error } = {}) {
  const logs: string[] = [];
  const calls: string[] = [];
  const client = {
    chat: {
      postEphemeral: vi.fn(async (args: Record<string, unknown>) => {
        calls.push(`ephemeral ${args.channel} ${args.user}`);
        if (overrides.ephemeral) throw overrides.ephemeral;
        return { ok: true };
      }),
      postMessage: vi.fn(async (args: Record<string, unknown>) => {
        calls.push(`postMessage ${args.channel}`);
        if (overrides.post) throw overrides.post;
        return { ok: true };
      }),
    },
    conversations: {
      open: vi.fn(async (args: Record<string, unknown>) => {
        calls.push(`open ${args.users}`);
        if (overrides.open) throw overrides.open;
        return { ok: true, channel: { id: 'D1' } };
      }),
    },
  };
  const deps = {
    budget: createResponseBudget(() => 0),
    client: client as unknown as ReplyDeps['client'],
    logger: createLogger('debug', { write: (l) => logs.push(l) }),
    responseUrlDeadlineMs: 50,
  };
  const reply = createReply(
    { respond, responseUrl: URL, userId: 'U1', channelId: 'C1', request: '/calllog today' },
    deps,
  );
  return { reply, client, calls, logs };
}

const failing = (status: number): RespondFn =>
  vi.fn(async () =>
    Promise.reject(Object.assign(new Error(`Request failed with status code ${status}`), { response: { status } })),
  );

describe('a reply', () => {
  it('goes through the response_url when it answers', async () => {
    const respond = vi.fn(async () => ({}) as Awaited<ReturnType<RespondFn>>);
    const { reply, calls } = setup(respond);
    await reply(ANSWER, { replaceOriginal: true, afterNotice: true });
    expect(respond).toHaveBeenCalledWith({ ...ANSWER, response_type: 'ephemeral', replace_original: true });
    expect(calls).toEqual([]);
  });

  it.each([404, 500])(
    'falls back to chat.postEphemeral when the response_url answers %i, and stops trying it',
    async (status) => {
      const respond = failing(status);
      const { reply, client, calls } = setup(respond);
      await reply(ANSWER);
      await reply(ANSWER);
      expect(respond).toHaveBeenCalledTimes(1);
      expect(calls).toEqual(['ephemeral C1 U1', 'ephemeral C1 U1']);
      // A plain private answer needs no note; it reads the same as through the response_url.
      expect(client.chat.postEphemeral).toHaveBeenCalledWith({ channel: 'C1', user: 'U1', ...ANSWER });
    },
  );

  it('gives a hanging response_url its deadline, then falls back', async () => {
    const respond: RespondFn = vi.fn(() => new Promise<never>(() => {}));
    const { reply, calls } = setup(respond);
    const started = performance.now();
    await reply(ANSWER);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(calls).toEqual(['ephemeral C1 U1']);
  });

  it('says, when it cannot replace a "delayed" notice, which request it answers', async () => {
    const { reply, client } = setup(failing(404));
    await reply(ANSWER, { replaceOriginal: true, afterNotice: true });
    const sent = client.chat.postEphemeral.mock.calls[0]?.[0] as unknown as SlackMessage;
    expect(sent.text).toContain('/calllog today');
    expect(sent.text).toMatch(/delayed/);
    expect(JSON.stringify(sent.blocks[0])).toContain('/calllog today');
    expect(sent.blocks).toHaveLength(2);
  });

  it('goes by DM when chat.postEphemeral is refused, naming the request', async () => {
    const { reply, client, calls } = setup(failing(404), { ephemeral: slackError('user_not_in_channel') });
    await reply(ANSWER, { afterNotice: true });
    expect(calls).toEqual(['ephemeral C1 U1', 'open U1', 'postMessage D1']);
    const sent = client.chat.postMessage.mock.calls[0]?.[0] as unknown as SlackMessage;
    expect(sent.text).toMatch(/\/calllog today.*delayed/);
  });

  it('tries the channel first for a shared message, then privately', async () => {
    const { reply, calls } = setup(failing(404), { post: slackError('not_in_channel') });
    await reply(ANSWER, { inChannel: true });
    expect(calls).toEqual(['postMessage C1', 'ephemeral C1 U1']);
  });

  it('logs every refusal with a reference when nothing gets through, and does not throw', async () => {
    const { reply, logs } = setup(failing(500), {
      ephemeral: slackError('channel_not_found'),
      open: slackError('missing_scope'),
    });
    await expect(reply(ANSWER)).resolves.toBeUndefined();
    const line = logs.find((l) => l.includes('Could not deliver'));
    expect(line).toMatch(/\[ref D[0-9A-F]{8}\]/);
    expect(line).toContain('HTTP 500');
    expect(line).toContain('channel_not_found');
    expect(line).toContain('missing_scope');
    expect(line).not.toContain(URL);
  });

  it('skips the response_url once its five uses are spent', async () => {
    const respond = vi.fn(async () => ({}) as Awaited<ReturnType<RespondFn>>);
    const { reply, calls } = setup(respond);
    for (let i = 0; i < 6; i++) await reply(ANSWER);
    expect(respond).toHaveBeenCalledTimes(5);
    expect(calls).toEqual(['ephemeral C1 U1']);
  });
});

describe('withDeadline', () => {
  it('rejects after the deadline, and a late rejection is not left unhandled', async () => {
    let fail: (e: Error) => void = () => {};
    const late = new Promise<void>((_, reject) => {
      fail = reject;
    });
    await expect(withDeadline(late, 10)).rejects.toThrow(/10 ms/);
    fail(new Error('late'));
    await new Promise((r) => setTimeout(r, 10));
  });
});
