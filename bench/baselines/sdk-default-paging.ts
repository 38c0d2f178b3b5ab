// Baseline for fetch-window: paging the way the SDK's samples do it — RingCentral's default page size (100),
// one request after another, following navigation.nextPage until there is none.
import type { SdkPlatform } from './raw-sdk.js';

interface ListPage {
  records?: unknown[];
  navigation?: { nextPage?: { uri?: string } };
}

export async function fetchAllPages(
  platform: SdkPlatform,
  path: string,
  query: Record<string, string>,
): Promise<unknown[]> {
  const records: unknown[] = [];
  let response = await platform.get(path, query);
  for (;;) {
    const page = (await response.json()) as ListPage;
    for (const record of page.records ?? []) records.push(record);
    const next = page.navigation?.nextPage?.uri;
    if (!next) return records;
    response = await platform.get(next);
  }
}
