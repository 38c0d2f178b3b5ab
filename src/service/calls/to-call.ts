// RingCentral's call log record → the product's Call.
import type { CallLogParty, CallLogRecord } from '../../ringcentral/types.js';
import type { Call, CallParty } from '../types.js';
import { callOutcome } from './outcome.js';

export function sessionKeyOf(record: Pick<CallLogRecord, 'telephonySessionId' | 'sessionId'>): string {
  return record.telephonySessionId ?? record.sessionId;
}

/** `extensionId` names whose log the record came from when the record itself does not say. */
export function toCall(record: CallLogRecord, extensionId?: string): Call {
  const direction = record.direction;
  const call: Call = {
    id: record.id,
    sessionKey: sessionKeyOf(record),
    startTime: new Date(record.startTime),
    durationSec: record.duration ?? Math.round((record.durationMs ?? 0) / 1000),
    direction,
    type: record.type,
    result: record.result ?? '',
    outcome: callOutcome(direction, record.result),
    // The caller for calls that came in, the number dialled for calls that went out.
    otherParty: toParty(direction === 'Inbound' ? record.from : record.to),
  };
  const owner = record.extension?.id !== undefined ? String(record.extension.id) : extensionId;
  if (owner !== undefined) call.extensionId = owner;
  if (record.recording?.id) call.recordingId = record.recording.id;
  return call;
}

function toParty(party: CallLogParty | undefined): CallParty {
  const result: CallParty = {};
  if (party?.name) result.name = party.name;
  if (party?.phoneNumber) result.phoneNumber = party.phoneNumber;
  if (party?.extensionNumber) result.extensionNumber = party.extensionNumber;
  return result;
}
