// The printed report: one line per row, ours beside the baseline, the ratio, the target and its verdict.
import { type BenchResult, type BenchRow, ratio } from './result.js';

const HEADINGS = ['benchmark / metric', 'ours', 'baseline', 'ratio (baseline/ours)', 'target', 'result'];

export function formatResults(results: readonly BenchResult[]): string {
  const lines: string[][] = [HEADINGS];
  for (const result of results) {
    for (const row of result.rows) {
      lines.push([
        `${result.name} / ${row.metric}`,
        amount(row.ours, row.unit),
        amount(row.baseline, row.unit),
        formatRatio(row),
        row.target ?? '',
        verdict(row),
      ]);
    }
  }
  const widths = HEADINGS.map((_, column) => Math.max(...lines.map((cells) => (cells[column] ?? '').length)));
  const render = (cells: string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [heading, ...body] = lines;
  const notes = results.flatMap((r) => r.notes.map((note) => `  ${r.name}: ${note}`));
  return [render(heading ?? HEADINGS), rule, ...body.map(render), '', 'Conditions:', ...notes].join('\n');
}

function verdict(row: BenchRow): string {
  if (row.pass === undefined) return 'info';
  return row.pass ? 'PASS' : 'FAIL';
}

function formatRatio(row: BenchRow): string {
  const r = ratio(row);
  if (!Number.isFinite(r)) return row.baseline === 0 ? '—' : '— (ours 0)';
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

function amount(value: number, unit: string): string {
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}
