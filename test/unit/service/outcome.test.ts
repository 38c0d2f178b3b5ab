import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callOutcome, INBOUND_RESULTS, isMissed } from '../../../src/service/calls/outcome.js';

const spec = JSON.parse(
  readFileSync(new URL('../../fixtures/ringcentral/call-result-enum.json', import.meta.url), 'utf8'),
) as { CallResultEnum: string[] };

describe('how a call ended', () => {
  it("classifies every value of the spec's CallResultEnum, and nothing that is not in it", () => {
    expect(spec.CallResultEnum.length).toBeGreaterThan(40);
    const unclassified = spec.CallResultEnum.filter((result) => !Object.hasOwn(INBOUND_RESULTS, result));
    expect(unclassified).toEqual([]);
    expect(Object.keys(INBOUND_RESULTS).sort()).toEqual([...spec.CallResultEnum].sort());
  });

  it('counts "Accepted" and "Call connected" as answered, in either direction', () => {
    expect(callOutcome('Inbound', 'Accepted')).toBe('answered');
    expect(callOutcome('Outbound', 'Call connected')).toBe('answered');
  });

  it('counts an inbound call nobody here took as missed (Missed, Hang Up, No Answer, Rejected, Declined, …)', () => {
    for (const result of ['Missed', 'Hang Up', 'No Answer', 'Rejected', 'Busy', 'Abandoned', 'Declined', 'Stopped']) {
      expect(callOutcome('Inbound', result)).toBe('missed');
    }
  });

  it("a call answered elsewhere (another device, a colleague in the queue) is not this extension's missed call", () => {
    const outcome = callOutcome('Inbound', 'Answered Elsewhere');
    expect(outcome).toBe('other');
    expect(isMissed({ direction: 'Inbound', outcome })).toBe(false);
  });

  it('a caller who asked for a callback is a missed call to return', () => {
    expect(isMissed({ direction: 'Inbound', outcome: callOutcome('Inbound', 'Callback requested') })).toBe(true);
  });

  it('a call that went to voicemail is a voicemail, and still a missed call', () => {
    expect(callOutcome('Inbound', 'Voicemail')).toBe('voicemail');
    expect(callOutcome('Inbound', 'Sent to Voicemail')).toBe('voicemail');
    expect(isMissed({ direction: 'Inbound', outcome: 'voicemail' })).toBe(true);
  });

  it('an outbound call nobody picked up is not "missed" (nobody missed it)', () => {
    expect(callOutcome('Outbound', 'No Answer')).toBe('other');
    expect(callOutcome('Outbound', 'Missed')).toBe('other');
    expect(isMissed({ direction: 'Outbound', outcome: 'other' })).toBe(false);
  });

  it('a fax that came in fine ("Received") is not a missed call: nobody has to call it back', () => {
    const outcome = callOutcome('Inbound', 'Received');
    expect(outcome).not.toBe('answered');
    expect(isMissed({ direction: 'Inbound', outcome })).toBe(false);
    expect(isMissed({ direction: 'Inbound', outcome: callOutcome('Inbound', 'Fax Receipt Error') })).toBe(true);
  });

  it("a call still in progress or a blocked caller is nobody's missed call", () => {
    expect(callOutcome('Inbound', 'In Progress')).toBe('other');
    expect(callOutcome('Inbound', 'Blocked')).toBe('other');
  });

  it('a record without a result, or with a result RingCentral added later, is shown as missed rather than lost', () => {
    expect(callOutcome('Inbound', undefined)).toBe('missed');
    expect(callOutcome('Inbound', 'Some Future Result')).toBe('missed');
    expect(callOutcome('Inbound', 'toString')).toBe('missed');
  });
});
