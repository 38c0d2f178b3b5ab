// "Share in channel": the clicking user's summary for that window, posted for the channel; the private message
// with its call rows and recording links stays private.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerShare } from '../../answers/index.js';
import type { ListenerDeps } from '../deps.js';
import { clickedButton } from './clicked-button.js';

export function shareAction(deps: ListenerDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    await clickedButton(deps, args, 'share', answerShare, { inChannel: true });
  };
}
