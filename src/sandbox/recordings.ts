// GET …/recording/{id} (metadata) and …/recording/{id}/content (audio, with byte ranges). The metadata's contentUri
// points at the media origin, as RingCentral's points at its media host; the API origin serves the content too.

import { checkAccount, pathExtension } from './access.js';
import { isErrorReply, resourceNotFound } from './api-errors.js';
import { AUDIO_CONTENT_TYPE, parseRange, wavSize, wavStream } from './audio.js';
import type { ApiContext, Reply } from './reply.js';
import { recordingReadyAt, type SandboxCallRecord } from './types.js';

export function recordingMetadata(ctx: ApiContext): Reply {
  const found = findRecording(ctx, 'ReadCallRecording');
  if (isErrorReply(found)) return found;
  const recording = found.recording as NonNullable<SandboxCallRecord['recording']>;
  return {
    status: 200,
    body: {
      id: recording.id,
      contentUri: recording.contentUri,
      contentType: AUDIO_CONTENT_TYPE,
      duration: found.duration ?? 0,
    },
  };
}

export function recordingContent(ctx: ApiContext): Reply {
  const found = findRecording(ctx, 'ReadCallRecording');
  if (isErrorReply(found)) return found;
  const id = (found.recording as NonNullable<SandboxCallRecord['recording']>).id;
  const duration = found.duration ?? 0;
  const size = wavSize(duration);
  const range = parseRange(ctx.rangeHeader, size);
  const common = { 'Content-Type': AUDIO_CONTENT_TYPE, 'Accept-Ranges': 'bytes' };
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { 'Content-Range': `bytes */${size}`, 'Accept-Ranges': 'bytes' } };
  }
  if (range === undefined) {
    return {
      status: 200,
      headers: { ...common, 'Content-Length': String(size) },
      stream: wavStream(id, duration, 0, size - 1),
    };
  }
  return {
    status: 206,
    headers: {
      ...common,
      'Content-Length': String(range.end - range.start + 1),
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    },
    stream: wavStream(id, duration, range.start, range.end),
  };
}

/** The call a recording belongs to; a recording exists only a while after its call ended (RECORDING_READY_DELAY_MS). */
function findRecording(ctx: ApiContext, userPermission: string) {
  const refused = checkAccount(ctx);
  if (refused) return refused;
  const record = ctx.calls.recordings.get(ctx.params.recordingId ?? '');
  if (!record || recordingReadyAt(record) > ctx.now) return resourceNotFound('recordingId');
  // Someone else's recording needs the user permission, as their call log does.
  const owner = pathExtension({ ...ctx, params: { extensionId: String(record.extension.id) } }, userPermission);
  return isErrorReply(owner) ? owner : record;
}
