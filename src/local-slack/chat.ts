// chat.postMessage, chat.postEphemeral and chat.update, with the errors Slack gives for a missing channel, an
// unknown user, an empty message or an update to a message it never posted.
import { asMessage, hasContent, type MessageStore } from './message-store.js';
import { stringField } from './request-body.js';
import type { SlackUser } from './types.js';
import type { WebApiMethod } from './web-api.js';
import { EMULATED_BOT } from './workspace.js';

export interface ChatDeps {
  store: MessageStore;
  users: ReadonlyMap<string, SlackUser>;
}

export function chatMethods({ store, users }: ChatDeps): Record<string, WebApiMethod> {
  // Only messages in a channel can be updated; ephemeral ones have no ts chat.update accepts.
  const postedTs = new Set<string>();
  return {
    'chat.postMessage': (args) => {
      const channel = stringField(args, 'channel');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (!hasContent(args)) return { ok: false, error: 'no_text' };
      const ts = store.nextTs();
      postedTs.add(ts);
      const message = asMessage(args);
      store.record({ via: 'chat.postMessage', body: message, ts, channel });
      return { ok: true, channel, ts, message: { ...message, type: 'message', ts, bot_id: EMULATED_BOT.botId } };
    },
    'chat.postEphemeral': (args) => {
      const channel = stringField(args, 'channel');
      const user = stringField(args, 'user');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (!user || !users.has(user)) return { ok: false, error: 'user_not_in_channel' };
      if (!hasContent(args)) return { ok: false, error: 'no_text' };
      const ts = store.nextTs();
      store.record({ via: 'chat.postEphemeral', body: asMessage(args), ts, channel, user });
      return { ok: true, message_ts: ts };
    },
    'chat.update': (args) => {
      const channel = stringField(args, 'channel');
      const ts = stringField(args, 'ts');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (!ts || !postedTs.has(ts)) return { ok: false, error: 'message_not_found' };
      store.record({ via: 'chat.update', body: asMessage(args), ts, channel });
      return { ok: true, channel, ts, text: args.text ?? '' };
    },
  };
}
