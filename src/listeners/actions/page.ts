// Prev / Next: re-run the query for whoever clicked and replace the message with the page they asked for.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerPageTurn } from '../../answers/index.js';
import type { ListenerDeps } from '../deps.js';
import { clickedButton } from './clicked-button.js';

export function pageAction(deps: ListenerDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    await clickedButton(deps, args, 'page turn', answerPageTurn, { replaceOriginal: true });
  };
}
