// Phone numbers as people type them → the digits RingCentral's phoneNumber filter matches.

const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

/**
 * '+14155550100', '(415) 555-0100', '415.555.0100', '4155550100', '1 415 555 0100' → '14155550100':
 * E.164 without the '+'. Without a '+', only North American numbers are understood: 10 digits with an
 * area code starting 2–9 get a leading 1, or 11 digits starting with 1. With a '+', 7–15 digits whose
 * country code does not start with 0. Anything else → undefined.
 */
export function normalisePhoneNumber(input: string): string | undefined {
  const text = input.trim();
  if (!PHONE_CHARACTERS.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) {
    return /^[1-9]\d{6,14}$/.test(digits) ? digits : undefined;
  }
  if (/^[2-9]\d{9}$/.test(digits)) return `1${digits}`;
  if (/^1[2-9]\d{9}$/.test(digits)) return digits;
  return undefined;
}
