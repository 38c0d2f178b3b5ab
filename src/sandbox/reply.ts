// What a handler hands back to the HTTP layer: a JSON body or a byte stream, with status and headers.
import type { Readable } from 'node:stream';
import type { CallIndex } from './call-index.js';
import type { SandboxExtension, SyntheticCompany } from './types.js';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  stream?: Readable;
}

/** Everything an authenticated API handler may read. */
export interface ApiContext {
  company: SyntheticCompany;
  calls: CallIndex;
  baseUrl: string;
  now: number;
  /** The token's owner. */
  owner: SandboxExtension;
  params: Record<string, string>;
  query: URLSearchParams;
  pathname: string;
  rangeHeader?: string;
}
