import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/query/index.js';
import {
  decodeListState,
  encodeListState,
  type ListState,
  listStateOf,
  MAX_BUTTON_VALUE,
} from '../../../src/query/list-state.js';
import type { CallsQuery } from '../../../src/query/types.js';

const state: ListState = {
  when: { kind: 'today' },
  from: Date.UTC(2026, 0, 15, 8),
  to: Date.UTC(2026, 0, 15, 22, 32),
  tz: 'America/Los_Angeles',
  filters: ['missed'],
  audience: { kind: 'mine' },
  page: 3,
};

const NOW = new Date('2026-03-10T18:00:00Z');
function parsed(text: string): CallsQuery {
  const query = parseCommand(text, { now: NOW, timeZone: 'Europe/Berlin' });
  if (query.kind !== 'calls') throw new Error(`${text} is not a calls query`);
  return query;
}

describe('the query a list button carries', () => {
  it('survives a round trip through a button value', () => {
    expect(decodeListState(encodeListState(state))).toEqual(state);
  });

  it.each([
    'today',
    'yesterday missed',
    'last 7 days inbound unreturned',
    'last 5 hours +14155550100',
    '2026-03-01..2026-03-07 all',
    'monday ext 101 recorded',
    'this month <@U0123ABC|bob> fax',
    '2026-02-28 voicemail',
  ])('carries "%s" as parsed, page and all', (text) => {
    const query = parsed(text);
    const carried = decodeListState(encodeListState(listStateOf(query, 2)));
    expect(carried).toEqual({
      when: query.when,
      from: query.window.from.getTime(),
      to: query.window.to.getTime(),
      tz: 'Europe/Berlin',
      filters: query.filters,
      ...(query.phoneNumber ? { phone: query.phoneNumber } : {}),
      audience: query.audience,
      page: 2,
    });
  });

  it('fits a button value even at its largest: every filter, a long zone, a 15-digit number and a user id', () => {
    const largest: ListState = {
      when: { kind: 'range', from: { year: 2025, month: 12, day: 31 }, to: { year: 2026, month: 12, day: 31 } },
      from: -8.64e15,
      to: 8.64e15,
      tz: 'America/Argentina/ComodRivadavia',
      filters: ['missed', 'answered', 'voicemail', 'unreturned', 'inbound', 'outbound', 'recorded', 'voice', 'fax'],
      phone: '123456789012345',
      audience: { kind: 'slackUser', userId: 'W0123456789ABCDEFGHIJ' },
      page: 1_000_000,
    };
    expect(encodeListState(largest).length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"today"'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a missing page', JSON.stringify({ ...state, page: undefined })],
    ['a negative page', JSON.stringify({ ...state, page: -1 })],
    ['a fractional page', JSON.stringify({ ...state, page: 1.5 })],
    ['a window that ends before it starts', JSON.stringify({ ...state, from: state.to, to: state.from })],
    ['a time outside what a Date can hold', JSON.stringify({ ...state, to: 9e15 })],
    ['a window longer than any command can ask for (1970 to now)', JSON.stringify({ ...state, from: 0 })],
    ['an unknown time zone', JSON.stringify({ ...state, tz: 'Mars/Olympus_Mons' })],
    ['a zone that is not a string', JSON.stringify({ ...state, tz: 42 })],
    ['an unknown when', JSON.stringify({ ...state, when: { kind: 'forever' } })],
    ['a when that is a prototype key', JSON.stringify({ ...state, when: { kind: 'constructor' } })],
    ['last 0 days', JSON.stringify({ ...state, when: { kind: 'lastDays', days: 0 } })],
    ['last 400 days', JSON.stringify({ ...state, when: { kind: 'lastDays', days: 400 } })],
    ['last 100 hours', JSON.stringify({ ...state, when: { kind: 'lastHours', hours: 100 } })],
    ['weekday 7', JSON.stringify({ ...state, when: { kind: 'weekday', weekday: 7 } })],
    ['31 February', JSON.stringify({ ...state, when: { kind: 'date', date: { year: 2026, month: 2, day: 31 } } })],
    [
      'a range that runs backwards',
      JSON.stringify({
        ...state,
        when: { kind: 'range', from: { year: 2026, month: 3, day: 2 }, to: { year: 2026, month: 3, day: 1 } },
      }),
    ],
    [
      'a range of two years',
      JSON.stringify({
        ...state,
        when: { kind: 'range', from: { year: 2024, month: 3, day: 1 }, to: { year: 2026, month: 3, day: 1 } },
      }),
    ],
    ['an unknown filter', JSON.stringify({ ...state, filters: ['everything'] })],
    ['a filter given twice', JSON.stringify({ ...state, filters: ['missed', 'missed'] })],
    ['filters that are not a list', JSON.stringify({ ...state, filters: 'missed' })],
    ['a phone number that is not digits', JSON.stringify({ ...state, phone: '+1 (415) 555' })],
    ['a phone number too short', JSON.stringify({ ...state, phone: '12345' })],
    ['an unknown audience', JSON.stringify({ ...state, audience: { kind: 'everyone' } })],
    [
      'an extension that is not a number',
      JSON.stringify({ ...state, audience: { kind: 'extension', extensionNumber: '1x' } }),
    ],
    ['a Slack user id that is not one', JSON.stringify({ ...state, audience: { kind: 'slackUser', userId: 'bob' } })],
    ['a value longer than Slack allows', JSON.stringify({ ...state, pad: 'x'.repeat(2000) })],
  ])('rejects a forged value with %s', (_what, value) => {
    expect(decodeListState(value)).toBeUndefined();
  });
});
