/**
 * A clock that reads `iso` when made and then runs at real speed: "now" is pinned to a chosen day, while the
 * sandbox's rate-limit windows and penalties still expire.
 */
export function clockStartingAt(iso: string): () => Date {
  const offset = Date.parse(iso) - Date.now();
  return () => new Date(Date.now() + offset);
}
