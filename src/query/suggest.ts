// "Did you mean …?" for a word the grammar does not know.
import { CALL_FILTERS } from './filters.js';

/** What a user might have meant, keyed by how it is typed without spaces. */
const VOCABULARY: ReadonlyArray<readonly [typed: string, suggestion: string]> = [
  ...['today', 'yesterday', ...CALL_FILTERS].map((w) => [w, w] as const),
  ...['mine', 'all', 'ext', 'active', 'recording', 'scopes', 'whoami', 'help'].map((w) => [w, w] as const),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((w) => [w, w] as const),
  ['thisweek', 'this week'],
  ['lastweek', 'last week'],
  ['thismonth', 'this month'],
  ['lastmonth', 'last month'],
  ['week', 'this week'],
  ['month', 'this month'],
];

/** The nearest known word or phrase to `word`, if it is close enough to be a typo. */
export function suggestWord(
  word: string,
  candidates: ReadonlyArray<readonly [string, string]> = VOCABULARY,
): string | undefined {
  const typed = word.toLowerCase();
  // No known word is this long; skipping keeps a pasted paragraph from costing a quadratic comparison.
  if (typed.length > 24) return undefined;
  if (typed.length >= 3) {
    const extending = candidates.filter(([known]) => known.startsWith(typed));
    if (extending.length === 1) return extending[0]?.[1];
  }
  const allowed = typed.length <= 4 ? 1 : typed.length <= 8 ? 2 : 3;
  let best: { suggestion: string; distance: number } | undefined;
  for (const [known, suggestion] of candidates) {
    const distance = editDistance(typed, known);
    if (distance <= allowed && (!best || distance < best.distance)) best = { suggestion, distance };
  }
  return best?.suggestion;
}

/** Levenshtein distance where swapping two neighbouring letters ("mien") counts as one edit. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  // cell(i, j) = distance between a[0..i) and b[0..j)
  const cells = Array.from({ length: (a.length + 1) * width }, (_, k) =>
    k < width ? k : k % width === 0 ? k / width : 0,
  );
  const cell = (i: number, j: number): number => cells[i * width + j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, cell(i - 2, j - 2) + 1);
      cells[i * width + j] = distance;
    }
  }
  return cell(a.length, b.length);
}
