/** The value, or a failed test that says what was missing: a readable stand-in for a non-null assertion. */
export function defined<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}
