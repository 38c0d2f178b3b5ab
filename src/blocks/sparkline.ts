// Calls per hour as a one-line bar chart: readable at a glance, a few dozen characters whatever the volume.

/** Business hours [from, to): always shown, so a quiet morning still reads as a morning. */
const BUSINESS_START = 8;
const BUSINESS_END = 18;
/** Zero is its own glyph; any call gets at least the second level, so one call is never invisible. */
const ZERO = '▁';
const LEVELS = ['▂', '▃', '▄', '▅', '▆', '▇', '█'];

export interface Sparkline {
  bars: string;
  /** First hour shown (0–23) and the hour the last bar ends (1–24). */
  fromHour: number;
  toHour: number;
  busiestHour: number;
  busiestCount: number;
}

/** `perHour`: 24 counts, index = hour of day. Hours outside business hours appear only if they have calls. */
export function sparkline(perHour: readonly number[]): Sparkline {
  const counts = Array.from({ length: 24 }, (_, h) => Math.max(0, perHour[h] ?? 0));
  const busy = counts.flatMap((n, h) => (n > 0 ? [h] : []));
  const fromHour = Math.min(BUSINESS_START, ...busy);
  const toHour = Math.max(BUSINESS_END, ...busy.map((h) => h + 1));
  const max = Math.max(...counts);
  const busiestHour = counts.indexOf(max);
  const bars = counts
    .slice(fromHour, toHour)
    .map((n) => (n === 0 ? ZERO : LEVELS[Math.min(LEVELS.length - 1, Math.ceil((n / max) * LEVELS.length) - 1)]))
    .join('');
  return { bars, fromHour, toHour, busiestHour, busiestCount: max };
}
