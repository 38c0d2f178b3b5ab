// The demo company's time zone: one where it is mid-afternoon right now, so "today" already holds most of a
// business day of calls whenever the demo is run. The banner says which zone was picked and why.

// One real zone per whole-hour UTC offset (−10 … +13), so some zone is always within an hour of the target.
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Pacific/Tongatapu',
  'Pacific/Auckland',
  'Pacific/Noumea',
  'Australia/Brisbane',
  'Asia/Tokyo',
  'Asia/Singapore',
  'Asia/Bangkok',
  'Asia/Dhaka',
  'Asia/Karachi',
  'Asia/Dubai',
  'Europe/Istanbul',
  'Europe/Athens',
  'Europe/Paris',
  'Europe/London',
  'Atlantic/Azores',
  'America/Noronha',
  'America/Sao_Paulo',
  'America/Halifax',
] as const;

const TARGET_MINUTES = 16 * 60;

/** Minutes since local midnight in `timeZone` at `at`. */
export function minutesIntoDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return field('hour') * 60 + field('minute');
}

/** The zone (from a fixed list, first wins ties) where the local time at `now` is closest to 16:00. */
export function afternoonZone(now: Date): string {
  let best: string = ZONES[0];
  let bestDistance = Infinity;
  for (const zone of ZONES) {
    const distance = Math.abs(minutesIntoDay(now, zone) - TARGET_MINUTES);
    if (distance < bestDistance) {
      best = zone;
      bestDistance = distance;
    }
  }
  return best;
}
