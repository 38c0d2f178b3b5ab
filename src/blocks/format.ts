// How times, durations, counts and parties read in a message. Times are always in the requesting user's zone.
import { tz } from '@date-fns/tz';
import { format, isSameDay, startOfDay } from 'date-fns';
import type { TimeWindow } from '../query/types.js';
import type { CallParty } from '../service/types.js';
import { userText } from './limits.js';

/** "14:32" in `zone`. */
export function clock(date: Date, zone: string): string {
  return format(date, 'HH:mm', { in: tz(zone) });
}

/** "Mar 28 14:32" in `zone`: for rows of a window that spans days. */
export function dayAndClock(date: Date, zone: string): string {
  return format(date, 'MMM d HH:mm', { in: tz(zone) });
}

/** Whether a window covers more than one calendar day in its zone (its end is exclusive). */
export function spansDays(window: TimeWindow): boolean {
  const lastInstant = new Date(Math.max(window.from.getTime(), window.to.getTime() - 1));
  return !isSameDay(window.from, lastInstant, { in: tz(window.timeZone) });
}

/**
 * "Today, Sun Mar 29, 00:00–14:32 America/Los_Angeles (PDT)", "Sun 29 Mar 2026, 00:00–24:00 Europe/Berlin (GMT+2)" or
 * "Last 7 days, Mon Mar 23 00:00 – Sun Mar 29 14:32 America/Los_Angeles (PDT)". Plain text, not escaped.
 */
export function describeWindow(window: TimeWindow): string {
  const zone = window.timeZone;
  const label = window.label.charAt(0).toUpperCase() + window.label.slice(1);
  const within = { in: tz(zone) };
  // An end at midnight closes the previous day, so it reads "24:00" rather than starting a new one.
  const endsAtMidnight = window.to > window.from && startOfDay(window.to, within).getTime() === window.to.getTime();
  const endClock = endsAtMidnight ? '24:00' : clock(window.to, zone);
  const zoneText = describeZone(zone, window.from, window.to);
  if (!spansDays(window)) {
    // A label with digits already names its day ("Sun 29 Mar 2026") or is relative to now ("last 3 hours").
    const day = /\d/.test(label) ? '' : ` ${format(window.from, 'EEE MMM d', within)},`;
    return `${label},${day} ${clock(window.from, zone)}–${endClock} ${zoneText}`;
  }
  const endDay = endsAtMidnight ? new Date(window.to.getTime() - 1) : window.to;
  const dayPattern =
    format(window.from, 'yyyy', within) === format(endDay, 'yyyy', within) ? 'EEE MMM d' : 'EEE MMM d yyyy';
  return `${label}, ${format(window.from, dayPattern, within)} ${clock(window.from, zone)} – ${format(endDay, dayPattern, within)} ${endClock} ${zoneText}`;
}

/** "America/Los_Angeles (PST)", "America/Los_Angeles (PST→PDT)" across a DST change, "UTC". */
function describeZone(zone: string, from: Date, to: Date): string {
  const start = zoneAbbreviation(zone, from);
  const end = zoneAbbreviation(zone, to);
  const abbreviation = start === end ? start : `${start}→${end}`;
  return abbreviation === zone ? zone : `${zone} (${abbreviation})`;
}

// Building an Intl formatter costs far more than using one, and every message names a zone or a count.
const ZONE_NAMES = new Map<string, Intl.DateTimeFormat>();
const COUNTS = new Intl.NumberFormat('en-US');

function zoneAbbreviation(zone: string, at: Date): string {
  let names = ZONE_NAMES.get(zone);
  if (!names) {
    names = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    ZONE_NAMES.set(zone, names);
  }
  return names.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** A call's length as a clock reads it: "0:45", "3:12", "1:02:03". */
export function callDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Total talk time in words: "45 s", "12 min", "3 h 05 min". */
export function talkTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "10,000": counts read the same whatever the server's locale. */
export function count(n: number): string {
  return COUNTS.format(n);
}

/** "3 calls", "1 call". */
export function plural(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A phone number as people read it: North American numbers grouped ("+1 415-555-0100"); anything else, or
 * anything already formatted, as RingCentral sent it — a wrong guess at grouping is worse than none.
 */
export function phoneNumber(raw: string): string {
  const nanp = /^\+?1?([2-9]\d{2})([2-9]\d{2})(\d{4})$/.exec(raw);
  return nanp ? `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}` : raw;
}

/** The other party as escaped mrkdwn: "*Alice Smith* +1 415-555-0100", "*ext 101*", "Unknown number". */
export function describeParty(party: CallParty): string {
  const number = party.phoneNumber
    ? phoneNumber(party.phoneNumber)
    : party.extensionNumber
      ? `ext ${party.extensionNumber}`
      : undefined;
  const name = party.name?.trim();
  if (name && number) return `*${userText(name, 60)}* ${userText(number, 32)}`;
  if (name) return `*${userText(name, 60)}*`;
  if (number) return userText(number, 32);
  return 'Unknown number';
}
