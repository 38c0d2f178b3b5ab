// "/calllog …": acknowledge at once (Slack allows 3 s), then answer through the response_url.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerCommand } from '../../answers/index.js';
import type { SlackMessage } from '../../blocks/kit.js';
import { delayNotices } from '../delay-notice.js';
import type { ListenerDeps } from '../deps.js';
import { failureMessage } from '../failure.js';
import { createReply } from '../reply.js';

export function calllogCommand(deps: ListenerDeps) {
  return async ({ ack, command, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const userId = command.user_id;
    const request = `${command.command} ${command.text}`.trim();
    const reply = createReply(
      { respond, responseUrl: command.response_url, userId, channelId: command.channel_id, request },
      { ...deps, client },
    );
    const notices = delayNotices(reply);
    let answer: SlackMessage;
    try {
      answer = await answerCommand(deps, userId, command.text, notices.onDelay);
    } catch (error) {
      answer = failureMessage(error, { userId, request }, deps.logger);
    }
    const shown = await notices.shown();
    await reply(answer, { replaceOriginal: shown, afterNotice: shown });
  };
}
