// Registers every listener. Each one is thin: parse → access → service → blocks → respond.
import type { App } from '@slack/bolt';
import { ACTION_NEXT, ACTION_PREV, ACTION_SHARE } from '../blocks/actions';
import { pageAction } from './actions/page';
import { shareAction } from './actions/share';
import { calllogCommand } from './commands/calllog';
import type { ListenerDeps } from './deps';

export const COMMAND = '/calllog';

export function registerListeners(app: App, deps: ListenerDeps): void {
  app.command(COMMAND, calllogCommand(deps));
  app.action(ACTION_PREV, pageAction(deps));
  app.action(ACTION_NEXT, pageAction(deps));
  app.action(ACTION_SHARE, shareAction(deps));
}
