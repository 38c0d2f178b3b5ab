import { describe, expect, it } from 'vitest';
import { parseAt, windowAt } from './support.js';

const LA = 'America/Los_Angeles';
const BERLIN = 'Europe/Berlin';

describe('today', () => {
  it('starts at LA midnight, 08:00Z in winter, and ends now', () => {
    expect(windowAt('today', '2026-01-15T20:00:00Z', LA)).toEqual({
      from: '2026-01-15T08:00:00.000Z',
      to: '2026-01-15T20:00:00.000Z',
      label: 'today',
      hours: 12,
    });
  });

  it('starts at LA midnight, 07:00Z in summer', () => {
    expect(windowAt('today', '2026-07-15T19:00:00Z', LA).from).toBe('2026-07-15T07:00:00.000Z');
  });

  it('is the default when the text is empty or only spaces', () => {
    const expected = windowAt('today', '2026-01-15T20:00:00Z', LA);
    expect(windowAt('', '2026-01-15T20:00:00Z', LA)).toEqual(expected);
    expect(windowAt('   \t ', '2026-01-15T20:00:00Z', LA)).toEqual(expected);
  });

  it('follows the local date, not the UTC date (LA evening is already tomorrow in UTC)', () => {
    expect(windowAt('today', '2026-01-16T05:00:00Z', LA).from).toBe('2026-01-15T08:00:00.000Z');
  });

  it('starts at 10:00Z the previous UTC day in a +14 zone', () => {
    expect(windowAt('today', '2026-03-29T12:00:00Z', 'Pacific/Kiritimati').from).toBe('2026-03-29T10:00:00.000Z');
  });

  it('is empty, not negative, at the stroke of midnight', () => {
    expect(windowAt('today', '2026-01-15T08:00:00Z', LA)).toMatchObject({
      from: '2026-01-15T08:00:00.000Z',
      to: '2026-01-15T08:00:00.000Z',
    });
  });

  it('starts at 01:00 where DST skips midnight itself (Santiago, 2025-09-07)', () => {
    expect(windowAt('today', '2025-09-07T18:00:00Z', 'America/Santiago').from).toBe('2025-09-07T04:00:00.000Z');
  });
});

describe('yesterday', () => {
  it('runs from the previous local midnight to today’s', () => {
    expect(windowAt('yesterday', '2026-01-15T20:00:00Z', LA)).toEqual({
      from: '2026-01-14T08:00:00.000Z',
      to: '2026-01-15T08:00:00.000Z',
      label: 'yesterday',
      hours: 24,
    });
  });

  it('is 23 hours on Berlin’s spring-forward day (2026-03-29)', () => {
    expect(windowAt('yesterday', '2026-03-30T10:00:00Z', BERLIN)).toMatchObject({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
      hours: 23,
    });
  });

  it('is 25 hours on Berlin’s fall-back day (2026-10-25)', () => {
    expect(windowAt('yesterday', '2026-10-26T10:00:00Z', BERLIN)).toMatchObject({
      from: '2026-10-24T22:00:00.000Z',
      to: '2026-10-25T23:00:00.000Z',
      hours: 25,
    });
  });

  it('is 23 hours on LA’s spring-forward day (2026-03-08)', () => {
    expect(windowAt('yesterday', '2026-03-09T19:00:00Z', LA)).toMatchObject({
      from: '2026-03-08T08:00:00.000Z',
      to: '2026-03-09T07:00:00.000Z',
      hours: 23,
    });
  });
});

describe('weeks (ISO: Monday 00:00)', () => {
  it('"this week" on a Sunday reaches back to the Monday six days earlier', () => {
    expect(windowAt('this week', '2026-03-29T19:00:00Z', LA)).toEqual({
      from: '2026-03-23T07:00:00.000Z',
      to: '2026-03-29T19:00:00.000Z',
      label: 'this week',
      hours: 156,
    });
  });

  it('"this week" on a Monday starts that same morning', () => {
    expect(windowAt('this week', '2026-03-30T00:30:00Z', 'UTC').from).toBe('2026-03-30T00:00:00.000Z');
  });

  it('"last week" is the previous Monday to this Monday, 167 hours across Berlin’s spring-forward', () => {
    expect(windowAt('last week', '2026-04-01T12:00:00Z', BERLIN)).toEqual({
      from: '2026-03-22T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
      label: 'last week',
      hours: 167,
    });
  });
});

describe('months', () => {
  it('"this month" starts on the 1st at local midnight', () => {
    expect(windowAt('this month', '2026-03-29T19:00:00Z', LA)).toMatchObject({
      from: '2026-03-01T08:00:00.000Z',
      to: '2026-03-29T19:00:00.000Z',
      label: 'this month',
    });
  });

  it('"last month" in January is the whole of last December', () => {
    expect(windowAt('last month', '2026-01-15T20:00:00Z', LA)).toMatchObject({
      from: '2025-12-01T08:00:00.000Z',
      to: '2026-01-01T08:00:00.000Z',
      label: 'last month',
    });
  });

  it('"last month" in April is March, whose start and end differ in UTC offset', () => {
    expect(windowAt('last month', '2026-04-10T12:00:00Z', BERLIN)).toMatchObject({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
    });
  });
});

describe('last N days / hours', () => {
  it('"last 7 days" starts at midnight six days ago, across LA’s spring-forward', () => {
    expect(windowAt('last 7 days', '2026-03-10T19:00:00Z', LA)).toEqual({
      from: '2026-03-04T08:00:00.000Z',
      to: '2026-03-10T19:00:00.000Z',
      label: 'last 7 days',
      hours: 155,
    });
  });

  it('"7d", "7 days" and "last 7 day" mean "last 7 days"', () => {
    const expected = windowAt('last 7 days', '2026-03-10T19:00:00Z', LA);
    expect(windowAt('7d', '2026-03-10T19:00:00Z', LA)).toEqual(expected);
    expect(windowAt('7 days', '2026-03-10T19:00:00Z', LA)).toEqual(expected);
    expect(windowAt('last 7 day', '2026-03-10T19:00:00Z', LA)).toEqual(expected);
  });

  it('"last 1 days" is today, labelled in the singular', () => {
    const now = '2026-01-15T20:00:00Z';
    expect(windowAt('last 1 days', now, LA)).toMatchObject({
      from: windowAt('today', now, LA).from,
      to: now.replace('Z', '.000Z'),
      label: 'last 1 day',
    });
  });

  it('"last 366 days" is accepted', () => {
    expect(windowAt('last 366 days', '2026-03-29T12:00:00Z').from).toBe('2025-03-29T00:00:00.000Z');
  });

  it('"last 3 hours" is exactly three hours back from now', () => {
    expect(windowAt('last 3 hours', '2026-01-15T20:15:30Z', LA)).toEqual({
      from: '2026-01-15T17:15:30.000Z',
      to: '2026-01-15T20:15:30.000Z',
      label: 'last 3 hours',
      hours: 3,
    });
  });

  it('"3h", "3 hours", "last 3h" and "last 3 hour" mean "last 3 hours"', () => {
    const expected = windowAt('last 3 hours', '2026-01-15T20:15:30Z');
    for (const text of ['3h', '3 hours', 'last 3h', 'last 3 hour'])
      expect(windowAt(text, '2026-01-15T20:15:30Z')).toEqual(expected);
  });

  it('counts hours in real elapsed time across a DST change', () => {
    expect(windowAt('last 24 hours', '2026-03-29T12:00:00Z', BERLIN)).toMatchObject({
      from: '2026-03-28T12:00:00.000Z',
      hours: 24,
    });
  });

  it('labels one hour in the singular', () => {
    expect(windowAt('1h', '2026-01-15T20:00:00Z').label).toBe('last 1 hour');
  });
});

describe('a date', () => {
  it('is that whole local day, 23 hours on Berlin’s spring-forward day', () => {
    expect(windowAt('2026-03-29', '2026-04-02T12:00:00Z', BERLIN)).toEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
      label: 'Sun 29 Mar 2026',
      hours: 23,
    });
  });

  it('is 25 hours on Berlin’s fall-back day', () => {
    expect(windowAt('2026-10-25', '2026-11-02T12:00:00Z', BERLIN).hours).toBe(25);
  });

  it('ends now when it is today', () => {
    expect(windowAt('2026-01-15', '2026-01-15T20:00:00Z', LA)).toMatchObject({
      from: '2026-01-15T08:00:00.000Z',
      to: '2026-01-15T20:00:00.000Z',
    });
  });

  it('accepts a 29 February in a leap year', () => {
    expect(windowAt('2024-02-29', '2026-01-15T20:00:00Z').from).toBe('2024-02-29T00:00:00.000Z');
  });
});

describe('a date range', () => {
  it('runs from the first day’s midnight to the midnight after the last', () => {
    expect(windowAt('2026-03-01..2026-03-07', '2026-03-29T12:00:00Z', LA)).toEqual({
      from: '2026-03-01T08:00:00.000Z',
      to: '2026-03-08T08:00:00.000Z',
      label: '1–7 Mar 2026',
      hours: 168,
    });
  });

  it('is capped at now when it runs into today or beyond', () => {
    expect(windowAt('2026-03-25..2026-04-05', '2026-03-29T12:00:00Z')).toMatchObject({
      from: '2026-03-25T00:00:00.000Z',
      to: '2026-03-29T12:00:00.000Z',
    });
  });

  it('labels ranges across months and across years', () => {
    expect(windowAt('2026-02-28..2026-03-03', '2026-03-29T12:00:00Z').label).toBe('28 Feb – 3 Mar 2026');
    expect(windowAt('2025-12-30..2026-01-02', '2026-03-29T12:00:00Z').label).toBe('30 Dec 2025 – 2 Jan 2026');
  });

  it('labels a one-day range as that day', () => {
    expect(windowAt('2026-03-29..2026-03-29', '2026-04-02T12:00:00Z', BERLIN)).toMatchObject({
      label: 'Sun 29 Mar 2026',
      hours: 23,
    });
  });

  it('tolerates spaces around ".."', () => {
    expect(windowAt('2026-03-01 .. 2026-03-07', '2026-03-29T12:00:00Z')).toEqual(
      windowAt('2026-03-01..2026-03-07', '2026-03-29T12:00:00Z'),
    );
  });

  it('may be 366 days long', () => {
    expect(windowAt('2025-01-01..2026-01-01', '2026-03-29T12:00:00Z').hours).toBe(366 * 24);
  });
});

describe('a weekday (the most recent one, today included)', () => {
  const sundayNoonLA = '2026-03-29T19:00:00Z';

  it('is today, up to now, when today is that weekday', () => {
    expect(windowAt('sunday', sundayNoonLA, LA)).toEqual({
      from: '2026-03-29T07:00:00.000Z',
      to: sundayNoonLA.replace('Z', '.000Z'),
      label: 'Sun 29 Mar 2026',
      hours: 12,
    });
  });

  it('is yesterday’s whole day when yesterday was that weekday', () => {
    expect(windowAt('saturday', sundayNoonLA, LA)).toMatchObject({
      from: '2026-03-28T07:00:00.000Z',
      to: '2026-03-29T07:00:00.000Z',
      label: 'Sat 28 Mar 2026',
    });
  });

  it('reaches back six days for the weekday after today', () => {
    expect(windowAt('monday', sundayNoonLA, LA)).toMatchObject({
      from: '2026-03-23T07:00:00.000Z',
      to: '2026-03-24T07:00:00.000Z',
      label: 'Mon 23 Mar 2026',
    });
  });

  it('uses the local weekday, not the UTC one', () => {
    // 03:00Z Monday is still Sunday evening in LA.
    expect(windowAt('sunday', '2026-03-30T03:00:00Z', LA).from).toBe('2026-03-29T07:00:00.000Z');
  });

  it('accepts three-letter names', () => {
    expect(windowAt('mon', sundayNoonLA, LA)).toEqual(windowAt('monday', sundayNoonLA, LA));
  });
});

describe('the resolved window', () => {
  it('carries the zone it was computed in', () => {
    const query = parseAt('today', '2026-01-15T20:00:00Z', LA);
    expect(query.kind === 'calls' && query.window.timeZone).toBe(LA);
  });

  it('holds plain Dates', () => {
    const query = parseAt('yesterday', '2026-01-15T20:00:00Z', LA);
    expect(query.kind === 'calls' && Object.getPrototypeOf(query.window.from)).toBe(Date.prototype);
  });
});
