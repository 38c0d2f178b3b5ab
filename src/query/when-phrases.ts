// Recognising the "when" part of a command: today, last 7 days, 3h, 2026-03-29, 2026-03-01..2026-03-07, friday.
import { BadInputError } from '../errors.js';
import { quote } from './errors.js';
import { MAX_DAYS, MAX_HOURS } from './limits.js';
import { suggestWord } from './suggest.js';
import type { Token } from './tokens.js';
import type { CalendarDate, Weekday, WhenSpec } from './window.js';

export interface WhenPhrase {
  when: WhenSpec;
  /** The words it took, as typed, for error messages. */
  text: string;
  length: number;
}

// Maps, not plain objects: a typed word such as "constructor" or "__proto__" must not find Object.prototype.
const FIXED: ReadonlyMap<string, WhenSpec> = new Map([
  ['today', { kind: 'today' }],
  ['yesterday', { kind: 'yesterday' }],
]);

const RELATIVE: ReadonlyMap<string, ReadonlyMap<string, WhenSpec>> = new Map([
  [
    'this',
    new Map<string, WhenSpec>([
      ['week', { kind: 'thisWeek' }],
      ['month', { kind: 'thisMonth' }],
    ]),
  ],
  [
    'last',
    new Map<string, WhenSpec>([
      ['week', { kind: 'lastWeek' }],
      ['month', { kind: 'lastMonth' }],
    ]),
  ],
]);

const WEEKDAYS: ReadonlyMap<string, Weekday> = new Map(
  Object.entries({
    sunday: 0,
    sun: 0,
    monday: 1,
    mon: 1,
    tuesday: 2,
    tue: 2,
    wednesday: 3,
    wed: 3,
    thursday: 4,
    thu: 4,
    friday: 5,
    fri: 5,
    saturday: 6,
    sat: 6,
  } as const),
);

const UNITS: ReadonlyMap<string, 'days' | 'hours'> = new Map([
  ['day', 'days'],
  ['days', 'days'],
  ['d', 'days'],
  ['hour', 'hours'],
  ['hours', 'hours'],
  ['h', 'hours'],
]);

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The "when" starting at tokens[i], or undefined if these words are not a when. Throws on a malformed one. */
export function readWhen(tokens: readonly Token[], i: number): WhenPhrase | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const w = first.word;
  const one = (when: WhenSpec): WhenPhrase => ({ when, text: first.text, length: 1 });

  const fixed = FIXED.get(w);
  if (fixed) return one(fixed);
  const weekday = WEEKDAYS.get(w);
  if (weekday !== undefined) return one({ kind: 'weekday', weekday });
  if (w.includes('..')) return one(readRange(first.text));
  if (DATE.test(w)) return one({ kind: 'date', date: readDate(first.text) });

  const relative = RELATIVE.get(w);
  if (relative) {
    const next = tokens[i + 1];
    const named = next && relative.get(next.word);
    if (named) return { when: named, text: `${first.text} ${next.text}`, length: 2 };
    if (w === 'last' && next) {
      const counted = readCount(tokens, i + 1, first);
      if (counted) return counted;
    }
    const suggestion =
      next &&
      suggestWord(next.word, [
        ['week', `${w} week`],
        ['month', `${w} month`],
      ]);
    throw new BadInputError(
      `${quote(next ? `${first.text} ${next.text}` : first.text)} is not a time I know: try \`${w} week\`, \`${w} month\`${w === 'last' ? ', `last 7 days` or `last 3 hours`' : ''}.`,
      next ? `${first.text} ${next.text}` : first.text,
      suggestion,
    );
  }
  return readCount(tokens, i);
}

/**
 * "7 days", "3 hours", "7d", "3h", each optionally after `last` (the token before them, if given).
 * Only a number followed by a unit counts; a bare number may be a phone number.
 */
function readCount(tokens: readonly Token[], i: number, last?: Token): WhenPhrase | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const lead = last ? `${last.text} ` : '';
  const length = last ? 1 : 0;
  const glued = /^(\d+)([dh])$/.exec(first.word);
  if (glued) return counted(Number(glued[1]), glued[2] === 'h' ? 'hours' : 'days', `${lead}${first.text}`, length + 1);
  const next = tokens[i + 1];
  if (!/^\d+$/.test(first.word) || !next) return undefined;
  const unit = UNITS.get(next.word);
  if (unit) return counted(Number(first.word), unit, `${lead}${first.text} ${next.text}`, length + 2);
  if (last) {
    const phrase = `${lead}${first.text} ${next.text}`;
    throw new BadInputError(
      `${quote(phrase)} is not a time I know: after \`${lead}${first.text}\` say \`days\` or \`hours\`.`,
      phrase,
      suggestWord(next.word, [
        ['days', `${lead}${first.text} days`],
        ['hours', `${lead}${first.text} hours`],
      ]),
    );
  }
  return undefined;
}

function counted(n: number, unit: 'days' | 'hours', text: string, length: number): WhenPhrase {
  const max = unit === 'hours' ? MAX_HOURS : MAX_DAYS;
  if (n < 1 || n > max) {
    throw new BadInputError(`${quote(text)} is out of range: ${unit} go from 1 to ${max}.`, text);
  }
  return { when: unit === 'hours' ? { kind: 'lastHours', hours: n } : { kind: 'lastDays', days: n }, text, length };
}

function readRange(text: string): WhenSpec {
  const [fromText, toText, ...rest] = text.split('..');
  if (fromText === undefined || toText === undefined || rest.length > 0 || !DATE.test(fromText) || !DATE.test(toText)) {
    throw new BadInputError(`${quote(text)} is not a date range: write it as \`2026-03-01..2026-03-07\`.`, text);
  }
  const from = readDate(fromText);
  const to = readDate(toText);
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) throw new BadInputError(`${quote(text)} ends before it starts.`, text);
  if (days > MAX_DAYS)
    throw new BadInputError(`${quote(text)} is ${days} days long; a range can be at most ${MAX_DAYS} days.`, text);
  return { kind: 'range', from, to };
}

/** A YYYY-MM-DD that exists on the calendar (no 30 February). */
function readDate(text: string): CalendarDate {
  const [, y, m, d] = DATE.exec(text) ?? [];
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (
    check.getUTCFullYear() !== date.year ||
    check.getUTCMonth() !== date.month - 1 ||
    check.getUTCDate() !== date.day
  ) {
    throw new BadInputError(`${quote(text)} is not a date on the calendar.`, text);
  }
  return date;
}

/** Days since 1970-01-01, for counting days between calendar dates. */
function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}
