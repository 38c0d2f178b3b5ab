// A local stand-in for Slack's side of the conversation, on loopback: the Web API methods the bot calls, the
// response_url endpoints Slack hands out with each slash command or click, Socket Mode (apps.connections.open
// and the WebSocket it points to) and the Events API envelopes it delivers. Written from Slack's docs (auth.test,
// users.info, chat.postMessage, chat.postEphemeral, chat.update, conversations.open, views.publish,
// apps.connections.open, "Socket Mode implementation", "Events API") so the bot's real WebClient, respond() and
// socket client talk to it unchanged. Tests can make a response_url fail and any Web API method refuse. It
// records everything, for the demo console and the tests; it imports nothing from the bot.
import { chatMethods } from './chat.js';
import { conversationsMethods } from './conversations.js';
import { appHomeOpenedEnvelope } from './events.js';
import { createMessageStore } from './message-store.js';
import { createResponseUrls } from './response-urls.js';
import { startLoopbackServer } from './server.js';
import { createSocketMode } from './socket-mode.js';
import type { SlackEmulator, SlackEmulatorOptions } from './types.js';
import { usersMethods } from './users.js';
import { createViewStore } from './views.js';
import { createWebApi, WEB_API_PATH } from './web-api.js';
import { authTest } from './workspace.js';

export {
  type BlockActionsFields,
  blockActionsBody,
  type ClickingUser,
  type EventDelivery,
  type SignedHeaders,
  type SlashCommandFields,
  sendEventToBot,
  sendToBot,
  signRequest,
  slashCommandBody,
} from './app-requests.js';
export { dmChannelId } from './conversations.js';
export type * from './types.js';
export { EMULATED_BOT, EMULATED_TEAM } from './workspace.js';

export async function startSlackEmulator(options: SlackEmulatorOptions): Promise<SlackEmulator> {
  const server = await startLoopbackServer();
  const users = new Map(options.users.map((u) => [u.id, u]));
  const store = createMessageStore(options.checkMessage);
  const responseUrls = createResponseUrls(server.baseUrl, store, options.now);
  const socketMode = createSocketMode({ baseUrl: server.baseUrl, appToken: options.appToken });
  const views = createViewStore(users, options.checkView);
  const webApi = createWebApi({
    botToken: options.botToken,
    methods: {
      'auth.test': authTest,
      ...usersMethods(users),
      ...chatMethods({ store, users }),
      ...conversationsMethods(users),
      ...views.methods,
    },
    // The one method that takes the app-level token instead of the bot token.
    appLevelMethods: { 'apps.connections.open': (token) => socketMode.open(token) },
  });
  server.serve([webApi.route, responseUrls.route], socketMode.upgrade);

  return {
    apiUrl: `${server.baseUrl}${WEB_API_PATH}`,
    users,
    apiCalls: webApi.calls,
    messages: store.messages,
    newResponseUrl: (context) => responseUrls.issue(context),
    failResponseUrl: (fault, url) => responseUrls.fail(fault, url),
    refuseMethod: (method, error) => webApi.refuse(method, error),
    waitForMessage: (matches, timeoutMs) => store.waitFor(matches, timeoutMs),
    onMessage: (listener) => store.onMessage(listener),
    socketConnections: () => socketMode.connections(),
    sendEnvelope: (type, payload, timeoutMs, retry) => socketMode.send(type, payload, timeoutMs, retry),
    views: views.published,
    homeView: (userId) => views.current(userId),
    waitForView: (matches, timeoutMs) => views.waitFor(matches, timeoutMs),
    appHomeOpened(userId, tab = 'home') {
      const view = tab === 'home' ? views.current(userId) : undefined;
      return appHomeOpenedEnvelope(userId, { tab, ...(view ? { view } : {}) });
    },
    async close() {
      store.close();
      views.close();
      socketMode.close();
      await server.close();
    },
  };
}
