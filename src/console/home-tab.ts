// Opening the app's Home tab from the console: the local Slack sends app_home_opened to the bot, as Slack does
// when someone clicks the app, and the console shows whatever view the bot publishes in answer.
import { type SlackEmulator, sendEventToBot } from '../local-slack/index.js';
import { NoReplyError } from './no-reply.js';

export interface HomeTabRequest {
  emulator: SlackEmulator;
  botUrl: string;
  signingSecret: string;
  userId: string;
  timeoutMs: number;
}

/** The blocks of the Home view the bot publishes for `userId`; throws NoReplyError when none comes or Slack refuses it. */
export async function publishedHome(request: HomeTabRequest): Promise<unknown[]> {
  const { emulator, userId } = request;
  const before = emulator.views.length;
  const response = await sendEventToBot(request.botUrl, request.signingSecret, emulator.appHomeOpened(userId));
  if (!response.ok) throw new Error(`The bot answered HTTP ${response.status}`);
  const published = await emulator
    .waitForView((v) => v.userId === userId && emulator.views.indexOf(v) >= before, request.timeoutMs)
    .catch(() => {
      throw new NoReplyError(`The bot published no Home tab within ${Math.ceil(request.timeoutMs / 1000)} s.`);
    });
  if (!published.accepted) throw new NoReplyError(`Slack refused the Home tab: ${published.violations.join('; ')}`);
  return Array.isArray(published.view.blocks) ? published.view.blocks : [];
}
