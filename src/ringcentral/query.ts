// Query parameters as RingCentral expects them: absent values are never sent (the SDK would send
// "key=" for undefined), arrays repeat the key (`type=Voice&type=Fax`).

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/** Only the parameters that have a value, each as a string or a list of strings. */
export function cleanQuery(query: Query = {}): Record<string, string | string[]> {
  const clean: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    clean[key] = Array.isArray(value) ? [...(value as readonly string[])] : String(value);
  }
  return clean;
}

/** The same request, spelled the same way whatever the key order: what identical in-flight GETs share. */
export function requestKey(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(cleanQuery(query)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
