import { describe, expect, it } from 'vitest';
import { decodePageState, encodePageState, type PageState } from '../../../src/blocks/actions.js';

const state: PageState = {
  text: 'today missed',
  from: Date.UTC(2026, 0, 15, 8),
  to: Date.UTC(2026, 0, 15, 22, 32),
  tz: 'America/Los_Angeles',
  page: 3,
};

describe('page state carried by buttons', () => {
  it('survives a round trip through a button value', () => {
    expect(decodePageState(encodePageState(state))).toEqual(state);
  });

  it('stays within a button value’s 2000 characters however long the command text', () => {
    // Control characters are the worst case: JSON writes each as six characters.
    const value = encodePageState({ ...state, text: '\u0001'.repeat(5000) });
    expect(value.length).toBeLessThanOrEqual(2000);
    const decoded = decodePageState(value);
    expect(decoded).toMatchObject({ from: state.from, to: state.to, tz: state.tz, page: 3 });
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"today"'],
    ['null', 'null'],
    ['a missing page', JSON.stringify({ ...state, page: undefined })],
    ['a negative page', JSON.stringify({ ...state, page: -1 })],
    ['a fractional page', JSON.stringify({ ...state, page: 1.5 })],
    ['a window that ends before it starts', JSON.stringify({ ...state, from: state.to, to: state.from })],
    ['a time outside what a Date can hold', JSON.stringify({ ...state, to: 9e15 })],
    ['an unknown time zone', JSON.stringify({ ...state, tz: 'Mars/Olympus_Mons' })],
    ['a text that is not a string', JSON.stringify({ ...state, text: 42 })],
    ['a value longer than Slack allows', JSON.stringify({ ...state, text: 'x'.repeat(2000) })],
  ])('rejects a forged value with %s', (_what, value) => {
    expect(decodePageState(value)).toBeUndefined();
  });
});
