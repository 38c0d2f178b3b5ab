// How a listener answers the user who asked. First through the interaction's response_url, while it has uses and
// time left, with a deadline of a few seconds: Slack may answer 404 (used up, expired) or 5xx, or not at all. Then
// privately by chat.postEphemeral to that user in that channel; when that is refused (not in the channel, a DM
// with someone else, the channel gone), by DM: conversations.open + chat.postMessage. A message for the channel
// tries chat.postMessage before those. A delivery that fails every way is logged with a reference, never thrown:
// there is nobody left to tell.
import { randomBytes } from 'node:crypto';
import type { Logger, RespondFn, webApi } from '@slack/bolt';
import { withDeliveryNote } from '../blocks/delivery-note.js';
import type { SlackMessage } from '../blocks/kit.js';
import type { ResponseBudget } from './response-budget.js';

export interface ReplyOptions {
  /** Replace the message the interaction came from (a page turn, or the answer after a "delayed" notice). */
  replaceOriginal?: boolean;
  /** Visible to the whole channel instead of only the user. */
  inChannel?: boolean;
  /** This answers a "delayed" notice sent earlier; a fallback message says so, since it cannot replace it. */
  afterNotice?: boolean;
}

export type Reply = (message: SlackMessage, options?: ReplyOptions) => Promise<void>;

export interface ReplyTarget {
  respond: RespondFn;
  responseUrl: string;
  userId: string;
  channelId?: string;
  /** What the user typed or clicked, named in a message that arrives by another way than the response_url. */
  request?: string;
}

export interface ReplyDeps {
  budget: ResponseBudget;
  client: Pick<webApi.WebClient, 'chat' | 'conversations'>;
  logger: Logger;
  /** How long a response_url may take to answer; default RESPONSE_URL_DEADLINE_MS. */
  responseUrlDeadlineMs?: number;
}

/** Slack answers a response_url post in well under a second; past this, the answer goes another way. */
export const RESPONSE_URL_DEADLINE_MS = 4000;

export function createReply(target: ReplyTarget, deps: ReplyDeps): Reply {
  // The response_url's 30 minutes run from the interaction, not from the first reply.
  deps.budget.opened(target.responseUrl);
  const deadlineMs = deps.responseUrlDeadlineMs ?? RESPONSE_URL_DEADLINE_MS;
  return async (message, options = {}) => {
    const failures: string[] = [];
    const attempt = async (how: string, send: () => Promise<unknown>): Promise<boolean> => {
      try {
        await send();
        return true;
      } catch (error) {
        failures.push(`${how}: ${reasonOf(error)}`);
        return false;
      }
    };

    if (deps.budget.take(target.responseUrl)) {
      const body = {
        ...message,
        response_type: options.inChannel ? ('in_channel' as const) : ('ephemeral' as const),
        replace_original: options.replaceOriginal ?? false,
      };
      if (await attempt('response_url', () => withDeadline(target.respond(body), deadlineMs))) return;
      deps.budget.spend(target.responseUrl);
    } else failures.push('response_url: used up or expired');

    const { channelId, userId } = target;
    if (options.inChannel && channelId) {
      if (await attempt('chat.postMessage', () => deps.client.chat.postMessage({ channel: channelId, ...message })))
        return;
    }
    const noted = withDeliveryNote(message, {
      afterNotice: options.afterNotice ?? false,
      ...(target.request ? { request: target.request } : {}),
    });
    // Only an answer that stands in for something (a notice, a page it replaces) or that falls back from the
    // channel needs the line saying what it answers; a plain private answer reads the same either way.
    const privately = options.afterNotice || options.replaceOriginal || options.inChannel ? noted : message;
    if (channelId) {
      const posted = await attempt('chat.postEphemeral', () =>
        deps.client.chat.postEphemeral({ channel: channelId, user: userId, ...privately }),
      );
      if (posted) return;
    }
    // A DM comes later and elsewhere: it always says which request it answers.
    const dm = await attempt('DM', async () => {
      const opened = await deps.client.conversations.open({ users: userId });
      const imId = opened.channel?.id;
      if (!imId) throw new Error('conversations.open gave no channel');
      await deps.client.chat.postMessage({ channel: imId, ...noted });
    });
    if (dm) return;
    const referenceId = `D${randomBytes(4).toString('hex').toUpperCase()}`;
    deps.logger.error(
      `[ref ${referenceId}] Could not deliver a reply to ${userId}${target.request ? ` (${target.request})` : ''}: ${failures.join('; ')}`,
    );
  };
}

/** Settles with `work`, or rejects after `ms`; a late outcome of `work` is then ignored, never left unhandled. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

// Web API errors carry Slack's error code; HTTP errors from respond() their status. Neither carries a secret:
// the token travels in a header, and the response_url is not logged.
function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
    const status = (error as { response?: { status?: unknown } }).response?.status;
    if (typeof status === 'number') return `HTTP ${status}`;
  }
  return error instanceof Error ? error.message : String(error);
}
