/**
 * Whether `timeZone` is an IANA zone name this runtime knows ("Europe/Berlin", "UTC").
 * Offsets like "+01:00" are refused: newer runtimes accept them, Slack never sends them.
 * DEFAULT_TIMEZONE, Slack profiles and button values are checked with this too, so no zone gets past them
 * that the parser would then refuse.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '' || /^[+-]/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
