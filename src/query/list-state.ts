// What a call list's buttons carry: the parsed query (when, window, filters, whose) and the page, so a click
// replays it without parsing text again. A button value comes back from Slack and can be forged, so decoding
// checks it as strictly as the parser checks typed words: known words only, and a window no longer than a command
// could ask for.
import type { CallFilter } from '../service/types.js';
import { CALL_FILTERS } from './filters.js';
import { MAX_DAYS, MAX_HOURS } from './limits.js';
import { normalisePhoneNumber } from './phone-number.js';
import { isValidTimeZone } from './time-zone.js';
import type { Audience, CallsQuery } from './types.js';
import { EXTENSION_NUMBER } from './whose-phrases.js';
import type { CalendarDate, WhenSpec } from './window.js';

export interface ListState {
  when: WhenSpec;
  /** The window as epoch ms, so a click tomorrow still pages through the day that was asked about. */
  from: number;
  to: number;
  /** IANA zone the window was resolved in. */
  tz: string;
  filters: CallFilter[];
  /** Digits, as the parser normalised them. */
  phone?: string;
  audience: Audience;
  /** 0-based. */
  page: number;
}

/** Slack's cap on a button value. */
export const MAX_BUTTON_VALUE = 2000;
/** A page number no list reaches (a 366-day company log at 15 rows a page stays below it for any real company). */
const MAX_PAGE = 1_000_000;
const DAY_MS = 86_400_000;
/** The longest window a command can ask for, plus a day for DST and the zone's offset. */
const MAX_WINDOW_MS = (MAX_DAYS + 1) * DAY_MS;

const FILTERS: ReadonlySet<string> = new Set(CALL_FILTERS);
const PLAIN_WHEN: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'thisWeek',
  'lastWeek',
  'thisMonth',
  'lastMonth',
]);
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

export function listStateOf(query: CallsQuery, page: number): ListState {
  return {
    when: query.when,
    from: query.window.from.getTime(),
    to: query.window.to.getTime(),
    tz: query.window.timeZone,
    filters: [...query.filters],
    ...(query.phoneNumber ? { phone: query.phoneNumber } : {}),
    audience: query.audience,
    page,
  };
}

/** JSON of at most 2000 characters: every part is bounded, so this never has to cut anything. */
export function encodeListState(state: ListState): string {
  const value = JSON.stringify(state);
  if (value.length > MAX_BUTTON_VALUE) throw new RangeError('a list state does not fit a button value');
  return value;
}

/** The state a button carried, or undefined when any part of it is not one our own buttons could carry. */
export function decodeListState(value: string): ListState | undefined {
  if (value.length > MAX_BUTTON_VALUE) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(raw)) return undefined;
  const { when, from, to, tz, filters, phone, audience, page } = raw;
  if (!isEpochMs(from) || !isEpochMs(to) || from >= to || to - from > MAX_WINDOW_MS) return undefined;
  if (typeof tz !== 'string' || !isValidTimeZone(tz)) return undefined;
  if (!isWholeNumber(page, 0, MAX_PAGE)) return undefined;
  // Digits the parser itself would have produced from "+<digits>".
  if (phone !== undefined && !(typeof phone === 'string' && normalisePhoneNumber(`+${phone}`) === phone))
    return undefined;
  const whenSpec = readWhen(when);
  const filterList = readFilters(filters);
  const whose = readAudience(audience);
  if (!whenSpec || !filterList || !whose) return undefined;
  return {
    when: whenSpec,
    from,
    to,
    tz,
    filters: filterList,
    ...(phone === undefined ? {} : { phone }),
    audience: whose,
    page,
  };
}

function readWhen(raw: unknown): WhenSpec | undefined {
  if (!isRecord(raw) || typeof raw.kind !== 'string') return undefined;
  const { kind } = raw;
  if (PLAIN_WHEN.has(kind)) return { kind } as WhenSpec;
  switch (kind) {
    case 'lastDays':
      return isWholeNumber(raw.days, 1, MAX_DAYS) ? { kind, days: raw.days } : undefined;
    case 'lastHours':
      return isWholeNumber(raw.hours, 1, MAX_HOURS) ? { kind, hours: raw.hours } : undefined;
    case 'weekday':
      return isWholeNumber(raw.weekday, 0, 6) ? { kind, weekday: raw.weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6 } : undefined;
    case 'date': {
      const date = readDate(raw.date);
      return date && { kind, date };
    }
    case 'range': {
      const first = readDate(raw.from);
      const last = readDate(raw.to);
      if (!first || !last) return undefined;
      const days = (dayNumber(last) - dayNumber(first)) / DAY_MS + 1;
      return days >= 1 && days <= MAX_DAYS ? { kind, from: first, to: last } : undefined;
    }
    default:
      return undefined;
  }
}

function readDate(raw: unknown): CalendarDate | undefined {
  if (!isRecord(raw)) return undefined;
  const { year, month, day } = raw;
  if (!isWholeNumber(year, 1970, 9999) || !isWholeNumber(month, 1, 12) || !isWholeNumber(day, 1, 31)) return undefined;
  // 31 February rolls over into March: not a date anyone typed.
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 ? { year, month, day } : undefined;
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function readFilters(raw: unknown): CallFilter[] | undefined {
  if (!Array.isArray(raw) || raw.length > FILTERS.size) return undefined;
  if (!raw.every((f): f is CallFilter => typeof f === 'string' && FILTERS.has(f))) return undefined;
  return new Set(raw).size === raw.length ? raw : undefined;
}

function readAudience(raw: unknown): Audience | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.kind) {
    case 'mine':
    case 'all':
      return { kind: raw.kind };
    case 'extension':
      return typeof raw.extensionNumber === 'string' && EXTENSION_NUMBER.test(raw.extensionNumber)
        ? { kind: 'extension', extensionNumber: raw.extensionNumber }
        : undefined;
    case 'slackUser':
      return typeof raw.userId === 'string' && SLACK_USER_ID.test(raw.userId)
        ? { kind: 'slackUser', userId: raw.userId }
        : undefined;
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function isEpochMs(n: unknown): n is number {
  // Date's own range: anything outside it becomes an Invalid Date downstream.
  return typeof n === 'number' && Number.isSafeInteger(n) && Math.abs(n) <= 8.64e15;
}
