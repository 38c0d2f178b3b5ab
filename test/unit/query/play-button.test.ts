import { describe, expect, it } from 'vitest';
import { decodePlayButton, encodePlayButton } from '../../../src/query/play-button.js';

describe('a ▶ button value', () => {
  it('carries the call record id and the recording id, and reads back as exactly those', () => {
    const value = encodePlayButton({ callRecordId: 'Y3s9KVLz-XSd4_tUA', recordingId: '2217590004' });
    expect(value.length).toBeLessThan(200);
    expect(decodePlayButton(value)).toEqual({ callRecordId: 'Y3s9KVLz-XSd4_tUA', recordingId: '2217590004' });
  });

  it.each([
    ['not json', 'play'],
    ['an array', '["a","b"]'],
    ['a missing id', '{"c":"abc"}'],
    ['a path in an id', '{"c":"abc","r":"../1"}'],
    ['an id too long', JSON.stringify({ c: 'a'.repeat(65), r: '1' })],
    ['a number instead of a string', '{"c":"abc","r":1}'],
    ['an extra field', '{"c":"abc","r":"1","u":"UADMIN"}'],
    ['a huge value', `{"c":"${'a'.repeat(3000)}"}`],
  ])('is refused when it is %s', (_, value) => {
    expect(decodePlayButton(value)).toBeUndefined();
  });

  it('refuses to encode ids it could not decode', () => {
    expect(() => encodePlayButton({ callRecordId: 'a b', recordingId: '1' })).toThrow(RangeError);
  });
});
