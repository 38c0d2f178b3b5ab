// A "when" from the command → the exact instants it covers, in the user's zone. DST days are 23 or 25 hours
// long because every boundary is a local midnight computed by date-fns in that zone, never "24 h later".
import { TZDate, tz } from '@date-fns/tz';
import {
  addDays,
  type ContextOptions,
  format,
  getDay,
  isSameDay,
  isSameMonth,
  isSameYear,
  startOfDay,
  startOfISOWeek,
  startOfMonth,
  subDays,
  subMonths,
  subWeeks,
} from 'date-fns';
import { BadInputError } from '../errors.js';
import type { TimeWindow } from './types.js';

/** A day on the calendar, independent of any zone. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type WhenSpec =
  | { kind: 'today' | 'yesterday' | 'thisWeek' | 'lastWeek' | 'thisMonth' | 'lastMonth' }
  | { kind: 'lastDays'; days: number }
  | { kind: 'lastHours'; hours: number }
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'range'; from: CalendarDate; to: CalendarDate }
  | { kind: 'weekday'; weekday: Weekday };

const HOUR_MS = 3_600_000;

/**
 * The window `when` covers as seen at `now` in `timeZone`: it starts at a local midnight (or `now − N h`)
 * and ends at the following boundary or at `now`, whichever is earlier.
 * Throws BadInputError when the window lies wholly in the future.
 */
export function resolveWindow(when: WhenSpec, now: Date, timeZone: string): TimeWindow {
  const zone: ContextOptions<TZDate> = { in: tz(timeZone) };
  const today = startOfDay(now, zone);
  const nextMidnight = (day: Date): Date => startOfDay(addDays(day, 1, zone), zone);
  const midnight = (date: CalendarDate): Date => new TZDate(date.year, date.month - 1, date.day, timeZone);
  const dayLabel = (day: Date): string => format(day, 'EEE d MMM yyyy', zone);
  const window = (from: Date, to: Date, label: string): TimeWindow => {
    if (from.getTime() > now.getTime()) {
      throw new BadInputError(`${label} has not happened yet in ${timeZone}, so it has no calls.`, label);
    }
    return { from: new Date(from.getTime()), to: new Date(Math.min(to.getTime(), now.getTime())), label, timeZone };
  };

  switch (when.kind) {
    case 'today':
      return window(today, now, 'today');
    case 'yesterday':
      return window(startOfDay(subDays(today, 1, zone), zone), today, 'yesterday');
    case 'thisWeek':
      return window(startOfISOWeek(now, zone), now, 'this week');
    case 'lastWeek': {
      const thisWeek = startOfISOWeek(now, zone);
      return window(startOfISOWeek(subWeeks(thisWeek, 1, zone), zone), thisWeek, 'last week');
    }
    case 'thisMonth':
      return window(startOfMonth(now, zone), now, 'this month');
    case 'lastMonth': {
      const thisMonth = startOfMonth(now, zone);
      return window(startOfMonth(subMonths(thisMonth, 1, zone), zone), thisMonth, 'last month');
    }
    case 'lastDays':
      return window(startOfDay(subDays(today, when.days - 1, zone), zone), now, `last ${plural(when.days, 'day')}`);
    case 'lastHours':
      return window(new Date(now.getTime() - when.hours * HOUR_MS), now, `last ${plural(when.hours, 'hour')}`);
    case 'date': {
      const day = midnight(when.date);
      return window(day, nextMidnight(day), dayLabel(day));
    }
    case 'range': {
      const first = midnight(when.from);
      const last = midnight(when.to);
      const label = isSameDay(first, last, zone) ? dayLabel(first) : rangeLabel(first, last, zone);
      return window(first, nextMidnight(last), label);
    }
    case 'weekday': {
      const daysBack = (getDay(now, zone) - when.weekday + 7) % 7;
      const day = startOfDay(subDays(today, daysBack, zone), zone);
      return window(day, nextMidnight(day), dayLabel(day));
    }
  }
}

/**
 * The window's days, named the way the command names a date or a range ("Tue 10 Mar 2026", "1–7 Mar 2026"):
 * for a window whose own words ("today") no longer describe it where and when it is shown.
 */
export function windowLabel(from: Date, to: Date, timeZone: string): string {
  const zone: ContextOptions<TZDate> = { in: tz(timeZone) };
  const first = startOfDay(from, zone);
  const last = startOfDay(new Date(Math.max(from.getTime(), to.getTime() - 1)), zone);
  return isSameDay(first, last, zone) ? format(first, 'EEE d MMM yyyy', zone) : rangeLabel(first, last, zone);
}

/** "1–7 Mar 2026", "28 Feb – 3 Mar 2026", "30 Dec 2025 – 2 Jan 2026". */
function rangeLabel(first: Date, last: Date, zone: ContextOptions<TZDate>): string {
  if (isSameMonth(first, last, zone)) return `${format(first, 'd', zone)}–${format(last, 'd MMM yyyy', zone)}`;
  if (isSameYear(first, last, zone)) return `${format(first, 'd MMM', zone)} – ${format(last, 'd MMM yyyy', zone)}`;
  return `${format(first, 'd MMM yyyy', zone)} – ${format(last, 'd MMM yyyy', zone)}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
