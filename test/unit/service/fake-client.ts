// A RingCentralClient double for service unit tests: it records every request and answers from `answer`.
import { Readable } from 'node:stream';
import type {
  MediaOptions,
  RequestOptions,
  RingCentralClient,
  StreamResponse,
  TokenExpiry,
} from '../../../src/ringcentral/client.js';
import type { Route } from '../../../src/ringcentral/endpoints.js';
import type { Query } from '../../../src/ringcentral/query.js';

export interface SentRequest {
  path: string;
  query?: Query;
  headers?: Readonly<Record<string, string | undefined>>;
}

export function fakeClient(options: {
  scopes: string[];
  ownerId?: string;
  answer?: (request: SentRequest) => unknown;
  rateLimitWaitMs?: number;
  tokenExpiry?: TokenExpiry;
}) {
  const sent: SentRequest[] = [];
  const respond = async (request: SentRequest): Promise<unknown> => {
    sent.push(request);
    return options.answer?.(request) ?? { records: [], navigation: {} };
  };
  const client: RingCentralClient = {
    login: async () => {},
    ensureLoggedIn: async () => {},
    grantedScopes: () => new Set(options.scopes),
    ownerId: () => options.ownerId,
    tokenExpiry: () => options.tokenExpiry,
    get: async <T>(route: Route, query?: Query) => ({
      data: (await respond({ path: route.path, query })) as T,
      requests: 1,
    }),
    getAllPages: async <T>(route: Route, query?: Query, requestOptions?: RequestOptions) => {
      if (options.rateLimitWaitMs !== undefined)
        requestOptions?.onWait?.(options.rateLimitWaitMs, route.endpoint.group);
      return { records: ((await respond({ path: route.path, query })) as { records: T[] }).records, requests: 1 };
    },
    getStream: async (route: Route, headers?: Readonly<Record<string, string | undefined>>) =>
      (await respond({ path: route.path, headers })) as StreamResponse,
    getMedia: async (contentUri: string, media?: MediaOptions) =>
      (await respond({ path: contentUri, headers: { Range: media?.range } })) as StreamResponse,
    close: async () => {},
  };
  return { client, sent };
}

export function audio(status: number, headers: Record<string, string>): StreamResponse {
  return { status, headers, body: Readable.from([Buffer.from('RIFF')]) };
}
