import { describe, expect, it } from 'vitest';
import { phoneDigits } from '../../../src/service/calls/phone.js';

describe('phone numbers', () => {
  it('compares by digits, whatever the punctuation', () => {
    expect(phoneDigits('(415) 555-0100')).toBe(phoneDigits('415.555.0100'));
  });

  it('matches a national format RingCentral sometimes sends to its E.164 form', () => {
    expect(phoneDigits('(866) 123-4567')).toBe(phoneDigits('+18661234567'));
  });

  it('tolerates a leading country code 1', () => {
    expect(phoneDigits('+14155550100')).toBe('4155550100');
    expect(phoneDigits('1 415 555 0100')).toBe('4155550100');
  });

  it("keeps other countries' codes, so different numbers stay different", () => {
    expect(phoneDigits('+442071234567')).not.toBe(phoneDigits('2071234567'));
    expect(phoneDigits('4155550100')).not.toBe(phoneDigits('4155550101'));
  });

  it('a number without digits is no number at all', () => {
    expect(phoneDigits('Anonymous')).toBeUndefined();
    expect(phoneDigits('')).toBeUndefined();
  });
});
