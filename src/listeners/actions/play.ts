// ▶ on a recorded row: the recording's call and a private link, for whoever clicked — checked exactly as a typed
// `/calllog recording` would be, so a colleague clicking a shared message's button gets only what they may hear.
// The reply is a new private message; the list stays as it was.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerRecording } from '../../answers/index.js';
import { decodePlayButton } from '../../query/play-button.js';
import { delayNotices } from '../delay-notice.js';
import type { ListenerDeps } from '../deps.js';
import { failureMessage } from '../failure.js';
import { createReply } from '../reply.js';

export function playAction(deps: ListenerDeps) {
  return async ({
    ack,
    body,
    action,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    const ids = decodePlayButton(action.value ?? '');
    if (!ids) {
      // Our own buttons always carry both ids; anything else was forged or mangled, and gets no answer.
      deps.logger.warn(`Ignored a ▶ click from ${userId}: the button value is not a recording`);
      return;
    }
    const reply = createReply(
      {
        respond,
        responseUrl: body.response_url,
        userId,
        channelId: body.channel?.id ?? body.container?.channel_id,
        request: 'the ▶ button',
      },
      { ...deps, client },
    );
    const notices = delayNotices(reply);
    try {
      const message = await answerRecording(deps, userId, { kind: 'button', ...ids }, notices.onDelay);
      // Never replace_original: for a click that is the list itself, not the "delayed" notice.
      await reply(message, { replaceOriginal: false, afterNotice: await notices.shown() });
    } catch (error) {
      const message = failureMessage(error, { userId, request: `▶ of recording ${ids.recordingId}` }, deps.logger);
      await reply(message, { replaceOriginal: false, afterNotice: await notices.shown() });
    }
  };
}

/** The recording reply's link button opens the browser; Slack still sends the click, which needs only an ack. */
export function openRecordingAction() {
  return async ({ ack }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
  };
}
