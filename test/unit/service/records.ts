// Call log records for unit tests, shaped like RingCentral's CallLogRecord (Simple view).
import type { CallLogRecord } from '../../../src/ringcentral/types.js';

let next = 0;

export function record(
  overrides: Partial<CallLogRecord> & Pick<CallLogRecord, 'direction' | 'result' | 'startTime'>,
): CallLogRecord {
  next += 1;
  return {
    id: `rec-${next}`,
    uri: `https://platform.example/restapi/v1.0/account/1/call-log/rec-${next}`,
    sessionId: `session-${next}`,
    type: 'Voice',
    action: overrides.direction === 'Inbound' ? 'Phone Call' : 'VoIP Call',
    duration: 0,
    ...overrides,
  };
}

export const ME = { phoneNumber: '+16505550101', extensionNumber: '101' };

/** A call from `number` to me. */
export function inbound(
  number: string | undefined,
  result: string,
  startTime: string,
  extra: Partial<CallLogRecord> = {},
): CallLogRecord {
  return record({
    direction: 'Inbound',
    result,
    startTime,
    from: number === undefined ? {} : { phoneNumber: number },
    to: ME,
    ...extra,
  });
}

/** A call from me to `number`. */
export function outbound(
  number: string,
  result: string,
  startTime: string,
  extra: Partial<CallLogRecord> = {},
): CallLogRecord {
  return record({ direction: 'Outbound', result, startTime, from: ME, to: { phoneNumber: number }, ...extra });
}
