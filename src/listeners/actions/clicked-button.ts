// What every button click shares: decode the state it carries, answer for the *clicking* user, reply.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps, OnDelay } from '../../answers/index.js';
import type { SlackMessage } from '../../blocks/index.js';
import { decodeListState, type ListState } from '../../query/list-state.js';
import { delayNotices } from '../delay-notice.js';
import type { ListenerDeps } from '../deps.js';
import { failureMessage } from '../failure.js';
import { createReply, type ReplyOptions } from '../reply.js';

type Answer = (deps: AnswerDeps, userId: string, state: ListState, onDelay: OnDelay) => Promise<SlackMessage>;

export async function clickedButton(
  deps: ListenerDeps,
  { body, action, respond, client }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs,
  what: string,
  answer: Answer,
  options: ReplyOptions,
): Promise<void> {
  const userId = body.user.id;
  const state = decodeListState(action.value ?? '');
  if (!state) {
    // Our own buttons always carry a valid state; anything else was forged or mangled, and gets no answer.
    deps.logger.warn(`Ignored a ${what} click from ${userId}: the button value is not a list state`);
    return;
  }
  const reply = createReply(
    {
      respond,
      responseUrl: body.response_url,
      userId,
      channelId: body.channel?.id ?? body.container?.channel_id,
      request: `the ${what} button`,
    },
    { ...deps, client },
  );
  // A notice replaces the clicked message only when the answer will too.
  const notices = delayNotices(reply, { replaceOriginal: options.replaceOriginal ?? false });
  try {
    const message = await answer(deps, userId, state, notices.onDelay);
    await reply(message, { ...options, afterNotice: await notices.shown() });
  } catch (error) {
    // Refusals and failures are for the clicking user alone. They leave the clicked message in place, unless a
    // delay notice already took its place.
    const message = failureMessage(error, { userId, request: `${what} of ${action.value}` }, deps.logger);
    const noticeInPlace = (await notices.shown()) && options.replaceOriginal === true;
    await reply(message, { replaceOriginal: noticeInPlace, afterNotice: await notices.shown() });
  }
}
