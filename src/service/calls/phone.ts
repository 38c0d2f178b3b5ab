// Phone numbers compared the way people write them: only digits count, and a North American number
// matches with or without its leading country code 1 ("+1 (415) 555-0100" = "4155550100").

/** Digits only, without a leading NANP country code; undefined when there are no digits. */
export function phoneDigits(raw: string | undefined): string | undefined {
  const digits = (raw ?? '').replace(/\D/g, '');
  if (!digits) return undefined;
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
