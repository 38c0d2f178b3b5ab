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
  // Three rows of the table (i-2, i-1, i): a typo check runs for every candidate, so it allocates little.
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = Int32Array.from({ length: width }, (_, j) => j);
  let current = new Int32Array(width);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, (before[j - 2] ?? 0) + 1);
      current[j] = distance;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}
