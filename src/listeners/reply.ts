// How a listener answers the user who asked: through the interaction's response_url while it has uses left,
// ephemeral unless asked otherwise; after that through chat.postEphemeral / chat.postMessage. A failed delivery
// is logged, never thrown: there is nobody left to tell.
import type { Logger, RespondFn, webApi } from '@slack/bolt';
import type { SlackMessage } from '../blocks/kit.js';
import type { ResponseBudget } from './response-budget.js';

export interface ReplyOptions {
  /** Replace the message the interaction came from (a page turn, or the answer after a "delayed" notice). */
  replaceOriginal?: boolean;
  /** Visible to the whole channel instead of only the user. */
  inChannel?: boolean;
}

export type Reply = (message: SlackMessage, options?: ReplyOptions) => Promise<void>;

export interface ReplyTarget {
  respond: RespondFn;
  responseUrl: string;
  userId: string;
  channelId?: string;
}

export function createReply(
  target: ReplyTarget,
  deps: { budget: ResponseBudget; client: Pick<webApi.WebClient, 'chat'>; logger: Logger },
): Reply {
  return async (message, options = {}) => {
    try {
      if (deps.budget.take(target.responseUrl)) {
        await target.respond({
          ...message,
          response_type: options.inChannel ? 'in_channel' : 'ephemeral',
          replace_original: options.replaceOriginal ?? false,
        });
        return;
      }
      if (!target.channelId) throw new Error('response_url used up and no channel to post in');
      if (options.inChannel) await deps.client.chat.postMessage({ channel: target.channelId, ...message });
      else await deps.client.chat.postEphemeral({ channel: target.channelId, user: target.userId, ...message });
    } catch (error) {
      deps.logger.error(
        `Could not deliver a reply to ${target.userId}:`,
        error instanceof Error ? error.message : error,
      );
    }
  };
}
