// `/calllog recording ID` and a ▶ button: the recording's call and a private, expiring link, for the user who typed
// or clicked — checked for them, never for whoever the button was first shown to.
import { renderRecordingLink, type SlackMessage } from '../blocks/index.js';
import type { RecordingRequest } from '../recordings/recording-access.js';
import type { AnswerDeps, OnDelay } from './deps.js';

export async function answerRecording(
  deps: AnswerDeps,
  userId: string,
  request: RecordingRequest,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const { timeZone } = await deps.access.timeZone(userId);
  const found = await deps.recordings.linkFor(userId, request, onDelay);
  return renderRecordingLink({
    call: found.call,
    recording: found.recording,
    link: found.link,
    timeZone,
    now: deps.now(),
    ...(found.owner ? { owner: found.owner } : {}),
  });
}
