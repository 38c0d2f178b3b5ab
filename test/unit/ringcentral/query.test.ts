import { describe, expect, it } from 'vitest';
import { cleanQuery, requestKey } from '../../../src/ringcentral/query.js';

describe('query parameters', () => {
  it('never sends a parameter whose value is undefined', () => {
    expect(cleanQuery({ view: 'Simple', phoneNumber: undefined })).toEqual({ view: 'Simple' });
  });

  it('keeps arrays so the key repeats, and spells numbers and booleans as text', () => {
    expect(cleanQuery({ type: ['Voice', 'Fax'], perPage: 1000, withRecording: true })).toEqual({
      type: ['Voice', 'Fax'],
      perPage: '1000',
      withRecording: 'true',
    });
  });

  it('gives the same key to the same request whatever the parameter order', () => {
    const a = requestKey('/call-log', { dateFrom: 'x', type: ['Voice', 'Fax'], none: undefined });
    const b = requestKey('/call-log', { type: ['Voice', 'Fax'], dateFrom: 'x' });
    expect(a).toBe(b);
    expect(a).toBe('/call-log?dateFrom=x&type=Voice&type=Fax');
    expect(requestKey('/call-log', { dateFrom: 'y' })).not.toBe(a);
  });
});
