// Every page of a RingCentral list: perPage=1000 (the fewest requests), then navigation.nextPage until there
// is none. A next-page URL is reduced to a path on our own server, so the token never follows a URL elsewhere.
import type { Route } from './endpoints.js';
import { RingCentralNetworkError } from './errors.js';
import type { Query } from './query.js';
import type { PageNavigation } from './types.js';

export interface Page<T> {
  records: T[];
  navigation?: PageNavigation;
}

export const PER_PAGE = 1000;
/** A server that keeps sending new next-page links is broken; stop rather than page forever. */
export const MAX_PAGES = 1000;

export async function allPages<T>(
  getPage: (route: Route, query?: Query) => Promise<{ data: Page<T>; requests: number }>,
  route: Route,
  query: Query,
  server: URL,
): Promise<{ records: T[]; requests: number }> {
  const records: T[] = [];
  const seen = new Set<string>();
  let page = await getPage(route, { ...query, perPage: PER_PAGE });
  let requests = page.requests;
  for (;;) {
    records.push(...(page.data.records ?? []));
    const next = page.data.navigation?.nextPage?.uri;
    if (!next || seen.has(next)) break;
    if (seen.size >= MAX_PAGES) {
      throw new RingCentralNetworkError(`RingCentral kept paging past ${MAX_PAGES} pages`, route.path);
    }
    seen.add(next);
    const url = new URL(next, server);
    page = await getPage({ endpoint: route.endpoint, path: url.pathname + url.search });
    requests += page.requests;
  }
  return { records, requests };
}
