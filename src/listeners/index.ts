// Registers every listener. Each one is thin: ack → the use case in ../answers → reply.
import type { App } from '@slack/bolt';
import {
  ACTION_NEXT,
  ACTION_OPEN_RECORDING,
  ACTION_PLAY_PATTERN,
  ACTION_PREV,
  ACTION_SHARE,
} from '../blocks/actions.js';
import { pageAction } from './actions/page.js';
import { openRecordingAction, playAction } from './actions/play.js';
import { shareAction } from './actions/share.js';
import { calllogCommand } from './commands/calllog.js';
import type { ListenerDeps } from './deps.js';
import { appHomeOpened } from './events/app-home.js';

export const COMMAND = '/calllog';

export function registerListeners(app: App, deps: ListenerDeps): void {
  app.command(COMMAND, calllogCommand(deps));
  app.action(ACTION_PREV, pageAction(deps));
  app.action(ACTION_NEXT, pageAction(deps));
  app.action(ACTION_SHARE, shareAction(deps));
  app.action(ACTION_PLAY_PATTERN, playAction(deps));
  app.action(ACTION_OPEN_RECORDING, openRecordingAction());
  app.event('app_home_opened', appHomeOpened(deps));
}
