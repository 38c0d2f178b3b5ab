// What a ▶ button on a recorded row carries: the call record id and the recording id, so a click can look the call
// up through the clicking user's own calls. The value comes back from Slack and can be forged: decoding accepts
// exactly what encoding makes, and the click is then checked like a typed `/calllog recording`.

export interface PlayButton {
  callRecordId: string;
  recordingId: string;
}

/** The ids a ▶ button (and `/calllog recording ID`) may name: RingCentral's are letters, digits, - and _. */
export const RECORDING_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function encodePlayButton(button: PlayButton): string {
  if (!RECORDING_ID.test(button.callRecordId) || !RECORDING_ID.test(button.recordingId))
    throw new RangeError('a ▶ button names a call record id and a recording id');
  return JSON.stringify({ c: button.callRecordId, r: button.recordingId });
}

export function decodePlayButton(value: string): PlayButton | undefined {
  if (value.length > 200) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { c, r, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (typeof c !== 'string' || typeof r !== 'string' || !RECORDING_ID.test(c) || !RECORDING_ID.test(r))
    return undefined;
  return { callRecordId: c, recordingId: r };
}
