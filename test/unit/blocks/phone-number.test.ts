import { describe, expect, it } from 'vitest';
import { describeParty, phoneNumber } from '../../../src/blocks/format.js';

describe('phone numbers as people read them', () => {
  it.each([
    ['+14155550100', '+1 415-555-0100'],
    ['14155550100', '+1 415-555-0100'],
    ['4155550100', '+1 415-555-0100'],
  ])('groups the North American number %s as %s', (raw, shown) => {
    expect(phoneNumber(raw)).toBe(shown);
  });

  it.each([['+442071838750'], ['(866) 123-4567'], ['+1415555010'], ['911']])(
    'leaves %s as RingCentral sent it',
    (raw) => {
      expect(phoneNumber(raw)).toBe(raw);
    },
  );

  it('shows the grouped number beside the name in a call row', () => {
    expect(describeParty({ name: 'Wonka Candy', phoneNumber: '+14045550133' })).toBe('*Wonka Candy* +1 404-555-0133');
  });
});
