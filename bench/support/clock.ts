// The benchmarks' "now": late evening of a fixed business day in the sandbox company's zone, moving forward in
// real time. The seeded sandbox then builds the same company and calls on every run, and a busy "today" is
// almost entirely in the past (the sandbox hides calls that have not started yet).

export const BENCH_TIME_ZONE = 'America/New_York';
/** Wednesday 4 March 2026, 23:30 in New York (before the DST change on the 8th). */
const PINNED_AT = '2026-03-04T23:30:00-05:00';
/** Midnight that day in New York: the start of the benchmarks' "today". */
export const BENCH_DAY_START = new Date('2026-03-04T00:00:00-05:00');

export function pinnedClock(): () => Date {
  const start = Date.parse(PINNED_AT);
  const startedAt = performance.now();
  return () => new Date(start + (performance.now() - startedAt));
}
