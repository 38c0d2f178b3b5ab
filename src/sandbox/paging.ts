// RingCentral's paging: 1-based `page`, `perPage` (default 100, "max" or anything above 1000 means 1000),
// `paging` with 0-based pageStart/pageEnd (left out on an empty page), and navigation URIs that repeat the
// request's query with another page.
import { type ErrorReply, invalidParameter } from './api-errors.js';
import type { ApiContext } from './reply.js';

export const DEFAULT_PER_PAGE = 100;
export const MAX_PER_PAGE = 1000;

export interface PageRequest {
  page: number;
  perPage: number;
}

export interface PageOf<T> {
  items: T[];
  hasNext: boolean;
}

export function parsePaging(query: URLSearchParams): PageRequest | ErrorReply {
  const perPageParam = query.get('perPage');
  const pageParam = query.get('page');
  let perPage = DEFAULT_PER_PAGE;
  if (perPageParam !== null) {
    if (perPageParam === 'max') perPage = MAX_PER_PAGE;
    else if (/^\d+$/.test(perPageParam) && Number(perPageParam) >= 1)
      perPage = Math.min(MAX_PER_PAGE, Number(perPageParam));
    else return invalidParameter('perPage');
  }
  let page = 1;
  if (pageParam !== null) {
    if (/^\d+$/.test(pageParam) && Number(pageParam) >= 1) page = Number(pageParam);
    else return invalidParameter('page');
  }
  return { page, perPage };
}

/** Walks `source` in order, keeps what `keep` accepts, and returns the requested page of it. */
export function pageOf<T>(
  source: Iterable<T>,
  keep: ((item: T) => boolean) | undefined,
  request: PageRequest,
): PageOf<T> {
  const skip = (request.page - 1) * request.perPage;
  const items: T[] = [];
  let kept = 0;
  for (const item of source) {
    if (keep && !keep(item)) continue;
    if (kept++ < skip) continue;
    if (items.length === request.perPage) return { items, hasNext: true };
    items.push(item);
  }
  return { items, hasNext: false };
}

/** A page of an array slice [first, end) with no filter: straight index arithmetic. */
export function pageOfSlice<T>(all: readonly T[], first: number, end: number, request: PageRequest): PageOf<T> {
  const start = first + (request.page - 1) * request.perPage;
  const stop = Math.min(end, start + request.perPage);
  return { items: start < stop ? all.slice(start, stop) : [], hasNext: stop < end };
}

export interface ListResponse<T> {
  uri: string;
  records: T[];
  paging: { page: number; perPage: number; pageStart?: number; pageEnd?: number };
  navigation: { firstPage: { uri: string }; nextPage?: { uri: string }; previousPage?: { uri: string } };
}

export function listResponse<T>(ctx: ApiContext, request: PageRequest, page: PageOf<T>): ListResponse<T> {
  const uriFor = (n: number): string => {
    const query = new URLSearchParams(ctx.query);
    query.set('page', String(n));
    query.set('perPage', String(request.perPage));
    return `${ctx.baseUrl}${ctx.pathname}?${query.toString()}`;
  };
  const pageStart = (request.page - 1) * request.perPage;
  const search = ctx.query.toString();
  return {
    uri: `${ctx.baseUrl}${ctx.pathname}${search ? `?${search}` : ''}`,
    records: page.items,
    paging:
      page.items.length > 0
        ? { page: request.page, perPage: request.perPage, pageStart, pageEnd: pageStart + page.items.length - 1 }
        : { page: request.page, perPage: request.perPage },
    navigation: {
      firstPage: { uri: uriFor(1) },
      ...(page.hasNext ? { nextPage: { uri: uriFor(request.page + 1) } } : {}),
      ...(request.page > 1 ? { previousPage: { uri: uriFor(request.page - 1) } } : {}),
    },
  };
}
