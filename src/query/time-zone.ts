/**
 * Whether `timeZone` is an IANA zone name this runtime knows ("Europe/Berlin", "UTC").
 * Offsets like "+01:00" are refused: newer runtimes accept them, Slack never sends them.
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
