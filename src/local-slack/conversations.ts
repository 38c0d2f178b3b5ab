// conversations.open with `users` (needs im:write): one user opens, or resumes, the app's DM with them and answers
// `{ ok, channel: { id } }`; the bot then posts there with chat.postMessage. Only 1:1 DMs are emulated.
import { stringField } from './request-body.js';
import type { SlackUser } from './types.js';
import type { WebApiMethod } from './web-api.js';

/** The DM channel id the local Slack gives the app's conversation with `userId`: the same one each time. */
export function dmChannelId(userId: string): string {
  return `D${userId.replace(/^[UW]/, '')}`;
}

export function conversationsMethods(users: ReadonlyMap<string, SlackUser>): Record<string, WebApiMethod> {
  return {
    'conversations.open': (args) => {
      const list = (stringField(args, 'users') ?? '').split(',').filter((u) => u !== '');
      if (list.length === 0) return { ok: false, error: 'users_list_not_supplied' };
      if (list.length > 1) return { ok: false, error: 'method_not_supported_for_channel_type' };
      const [userId] = list as [string];
      if (!users.has(userId)) return { ok: false, error: 'user_not_found' };
      return { ok: true, channel: { id: dmChannelId(userId) } };
    },
  };
}
