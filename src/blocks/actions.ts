// The contract between the buttons we render and the listeners that handle their clicks.
import { isValidTimeZone } from '../query/time-zone.js';

export const ACTION_PREV = 'calllog_prev';
export const ACTION_NEXT = 'calllog_next';
export const ACTION_SHARE = 'calllog_share';

/** What a button carries so a click can re-run the query for the *clicking* user. */
export interface PageState {
  /** The original command text, e.g. "today missed". */
  text: string;
  /** The window as epoch ms, so a click tomorrow still pages through the day that was asked about. */
  from: number;
  to: number;
  /** IANA zone the window was resolved in. */
  tz: string;
  /** 0-based. */
  page: number;
}

/** Slack's cap on a button value. */
const MAX_VALUE = 2000;
/** Command text is short; a longer one is cut so the value always fits (it only labels the re-run query). */
const MAX_TEXT = 200;

/**
 * JSON, at most 2000 characters. The text is cut to 200 characters, and further if JSON escaping still makes the
 * value too long; the window itself (from/to/tz) is what a click re-runs, so it is never cut.
 */
export function encodePageState(s: PageState): string {
  let text = Array.from(s.text).slice(0, MAX_TEXT).join('');
  for (;;) {
    const value = JSON.stringify({ text, from: s.from, to: s.to, tz: s.tz, page: s.page });
    if (value.length <= MAX_VALUE) return value;
    if (text === '') throw new RangeError(`page state for zone "${s.tz.slice(0, 40)}…" cannot fit a button value`);
    text = text.slice(0, Math.floor(text.length / 2));
  }
}

/** The state a button carried, or undefined when the value is malformed — a click value can be forged. */
export function decodePageState(value: string): PageState | undefined {
  if (value.length > MAX_VALUE) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { text, from, to, tz, page } = raw as Record<string, unknown>;
  if (typeof text !== 'string' || typeof tz !== 'string') return undefined;
  if (!isEpochMs(from) || !isEpochMs(to) || from >= to) return undefined;
  if (typeof page !== 'number' || !Number.isSafeInteger(page) || page < 0) return undefined;
  if (!isValidTimeZone(tz)) return undefined;
  return { text, from, to, tz, page };
}

function isEpochMs(n: unknown): n is number {
  // Date's own range: anything outside it becomes an Invalid Date downstream.
  return typeof n === 'number' && Number.isSafeInteger(n) && Math.abs(n) <= 8.64e15;
}
