import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type Route } from '../../../src/ringcentral/endpoints.js';
import { RingCentralNetworkError } from '../../../src/ringcentral/errors.js';
import { allPages, MAX_PAGES, type Page } from '../../../src/ringcentral/paging.js';
import type { Query } from '../../../src/ringcentral/query.js';

const server = new URL('http://127.0.0.1:9000');
const callLog = ENDPOINTS.accountCallLog.route();

/** Pages by path; records which routes and queries were asked for. */
function pages(byPath: Record<string, Page<number>>) {
  const asked: Array<{ route: Route; query?: Query }> = [];
  const getPage = async (route: Route, query?: Query) => {
    asked.push({ route, query });
    const page = byPath[route.path];
    if (!page) throw new Error(`no page at ${route.path}`);
    return { data: page, requests: 1 };
  };
  return { getPage, asked };
}

describe('reading every page', () => {
  it('asks for 1000 a page, then follows nextPage as a path on our own server, in the same rate group', async () => {
    const { getPage, asked } = pages({
      [callLog.path]: { records: [1, 2], navigation: { nextPage: { uri: 'https://elsewhere.example/p2?page=2' } } },
      '/p2?page=2': { records: [3], navigation: {} },
    });
    const { records, requests } = await allPages(getPage, callLog, { view: 'Simple' }, server);
    expect(records).toEqual([1, 2, 3]);
    expect(requests).toBe(2);
    expect(asked[0]?.query).toEqual({ view: 'Simple', perPage: 1000 });
    expect(asked[1]?.route).toEqual({ endpoint: ENDPOINTS.accountCallLog, path: '/p2?page=2' });
    expect(asked[1]?.query).toBeUndefined();
  });

  it('stops when a next page points back at one already read', async () => {
    const { getPage, asked } = pages({
      [callLog.path]: { records: [1], navigation: { nextPage: { uri: '/p2' } } },
      '/p2': { records: [2], navigation: { nextPage: { uri: '/p2' } } },
    });
    expect((await allPages(getPage, callLog, {}, server)).records).toEqual([1, 2]);
    expect(asked).toHaveLength(2);
  });

  it('gives up on a server that never stops sending new next pages', async () => {
    let n = 0;
    const endless = async () => {
      n += 1;
      return { data: { records: [n], navigation: { nextPage: { uri: `/p${n}` } } }, requests: 1 };
    };
    await expect(allPages(endless, callLog, {}, server)).rejects.toBeInstanceOf(RingCentralNetworkError);
    expect(n).toBe(MAX_PAGES + 1);
  });
});
