// Finding a recording and the call it belongs to, inside one Whose only: a call record by id from that extension's
// (or the company's) call log, or a recording id among its recorded calls. The caller guards; this file decides
// between "no such recording", "not recorded", "not ready yet" and "deleted", and speaks RingCentral errors only
// for the caller's guard to translate.
import { RecordingNotFoundError, RecordingNotReadyError } from '../errors.js';
import type { RingCentralClient } from '../ringcentral/client.js';
import { ENDPOINTS } from '../ringcentral/endpoints.js';
import { RingCentralHttpError } from '../ringcentral/errors.js';
import type { WaitListener } from '../ringcentral/pipeline.js';
import type { CallLogRecord, RecordingInfo } from '../ringcentral/types.js';
import { toCall } from './calls/to-call.js';
import { routeOf } from './permissions.js';
import type { FoundRecording, RecordingDetails, RecordingLookup, Whose } from './types.js';

/**
 * How long after a call a missing recording is "not ready yet" rather than "none": RingCentral makes a recording
 * available seconds to minutes after the call ends, and answers 404 for it until then.
 */
export const RECORDING_READY_WITHIN_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

export async function lookUpRecording(
  client: RingCentralClient,
  lookup: RecordingLookup,
  whose: Whose,
  { now, onWait }: { now: number; onWait: WaitListener | undefined },
): Promise<FoundRecording> {
  const scope = whose.kind === 'account' ? 'company' : 'own';
  const given = lookup.kind === 'call' ? lookup.callRecordId : lookup.recordingId;
  const record =
    lookup.kind === 'call'
      ? await callRecord(client, lookup.callRecordId, whose, onWait)
      : await recordedCall(client, lookup, whose, onWait);
  const named = lookup.kind === 'call' ? lookup.recordingId : undefined;
  if (!record || (named !== undefined && record.recording?.id !== named)) {
    const days = lookup.kind === 'recording' ? Math.round((+lookup.to - +lookup.from) / DAY_MS) : undefined;
    throw new RecordingNotFoundError(given, 'unknown', scope, days);
  }
  const endedRecently = now - callEnd(record) < RECORDING_READY_WITHIN_MS;
  if (!record.recording) {
    if (endedRecently) throw new RecordingNotReadyError(given);
    throw new RecordingNotFoundError(given, 'notRecorded', scope);
  }
  let recording: RecordingDetails;
  try {
    recording = await readRecording(client, record.recording.id, onWait);
  } catch (error) {
    if (!(error instanceof RingCentralHttpError && error.status === 404)) throw error;
    if (endedRecently) throw new RecordingNotReadyError(given);
    throw new RecordingNotFoundError(given, 'deleted', scope);
  }
  return { call: toCall(record, whose.kind === 'extension' ? whose.extensionId : undefined), recording };
}

/** GET …/recording/{id}: where the audio is, and what it is. */
export async function readRecording(
  client: RingCentralClient,
  recordingId: string,
  onWait?: WaitListener,
): Promise<RecordingDetails> {
  const { data } = await client.get<RecordingInfo>(routeOf('recordingMetadata', { recordingId }), {}, { onWait });
  return {
    id: String(data.id),
    contentUri: data.contentUri,
    contentType: data.contentType,
    durationSec: data.duration,
  };
}

/** One record from `whose`'s own log (the extension's, or the company's); undefined when it has none by that id. */
async function callRecord(
  client: RingCentralClient,
  callRecordId: string,
  whose: Whose,
  onWait: WaitListener | undefined,
): Promise<CallLogRecord | undefined> {
  const route =
    whose.kind === 'extension'
      ? ENDPOINTS.extensionCallRecord.route({ extensionId: whose.extensionId, callRecordId })
      : ENDPOINTS.accountCallRecord.route({ callRecordId });
  try {
    const { data } = await client.get<CallLogRecord>(route, { view: 'Simple' }, { onWait });
    // RingCentral scopes the extension route to that extension; a record that says otherwise is not theirs.
    const owner = data.extension?.id;
    if (whose.kind === 'extension' && owner !== undefined && String(owner) !== whose.extensionId) return undefined;
    return data.id === callRecordId ? data : undefined;
  } catch (error) {
    // 404: no such record there; 400: an id RingCentral cannot read as one.
    if (error instanceof RingCentralHttpError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
}

/** The call carrying `recordingId`, among `whose`'s recorded calls in the lookup's window. */
async function recordedCall(
  client: RingCentralClient,
  lookup: Extract<RecordingLookup, { kind: 'recording' }>,
  whose: Whose,
  onWait: WaitListener | undefined,
): Promise<CallLogRecord | undefined> {
  const route =
    whose.kind === 'extension'
      ? ENDPOINTS.extensionCallLog.route({ extensionId: whose.extensionId })
      : ENDPOINTS.accountCallLog.route();
  const { records } = await client.getAllPages<CallLogRecord>(
    route,
    { dateFrom: lookup.from.toISOString(), dateTo: lookup.to.toISOString(), recordingType: 'All', view: 'Simple' },
    { onWait },
  );
  return records.find((record) => record.recording?.id === lookup.recordingId);
}

function callEnd(record: CallLogRecord): number {
  const durationMs = record.durationMs ?? (record.duration ?? 0) * 1000;
  return Date.parse(record.startTime) + durationMs;
}
