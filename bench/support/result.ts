// What a benchmark hands back: rows of "ours vs baseline", each with the target it is held to.

export interface BenchRow {
  metric: string;
  unit: string;
  ours: number;
  baseline: number;
  /** What counts as good, in words, e.g. "ours < 300 ms and ≥ 5× faster". */
  target?: string;
  /** Undefined for rows that only inform. */
  pass?: boolean;
}

export interface BenchResult {
  name: string;
  /** The conditions behind the figures: sizes, latencies, raised limits, sample counts. */
  notes: string[];
  rows: BenchRow[];
}

/** baseline ÷ ours: how many times better ours is, for "lower is better" metrics. */
export function ratio(row: Pick<BenchRow, 'ours' | 'baseline'>): number {
  return row.ours === 0 ? Number.POSITIVE_INFINITY : row.baseline / row.ours;
}
