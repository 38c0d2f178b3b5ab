import { describe, expect, it } from 'vitest';
import { callOutcome, isMissed } from '../../../src/service/calls/outcome.js';

describe('how a call ended', () => {
  it('counts "Accepted" and "Call connected" as answered, in either direction', () => {
    expect(callOutcome('Inbound', 'Accepted')).toBe('answered');
    expect(callOutcome('Outbound', 'Call connected')).toBe('answered');
  });

  it('counts every other inbound result as missed (Missed, Hang Up, No Answer, Rejected, Busy, Abandoned)', () => {
    for (const result of ['Missed', 'Hang Up', 'No Answer', 'Rejected', 'Busy', 'Abandoned']) {
      expect(callOutcome('Inbound', result)).toBe('missed');
    }
  });

  it('a call that went to voicemail is a voicemail, and still a missed call', () => {
    expect(callOutcome('Inbound', 'Voicemail')).toBe('voicemail');
    expect(isMissed({ direction: 'Inbound', outcome: 'voicemail' })).toBe(true);
  });

  it('an outbound call nobody picked up is not "missed" (nobody missed it)', () => {
    expect(callOutcome('Outbound', 'No Answer')).toBe('other');
    expect(isMissed({ direction: 'Outbound', outcome: 'other' })).toBe(false);
  });

  it('a fax that came in fine ("Received") is not a missed call: nobody has to call it back', () => {
    const outcome = callOutcome('Inbound', 'Received');
    expect(outcome).not.toBe('answered');
    expect(isMissed({ direction: 'Inbound', outcome })).toBe(false);
    expect(isMissed({ direction: 'Inbound', outcome: callOutcome('Inbound', 'Fax Receipt Error') })).toBe(true);
  });

  it('a record without a result is not answered', () => {
    expect(callOutcome('Inbound', undefined)).toBe('missed');
  });
});
