// A request to RingCentral is one bare exchange (`Send`) with behaviours wrapped around it: throttling, waiting
// out 429s, renewing the session on 401, retrying transient failures. Each wrapper is a small function of the
// next `Send`, so any one can be replaced (a shared throttle, say) without touching the others.
import type { RateGroup, Route } from './endpoints.js';
import type { Query } from './query.js';

/** Told before a request sits out a rate-limit hold, so a user can hear why the answer is late. */
export type WaitListener = (waitMs: number, group: RateGroup) => void;

export interface RingCentralRequest {
  /** The endpoint (method, rate group) and the path it resolved to. */
  route: Route;
  query?: Query;
  headers?: Readonly<Record<string, string>>;
  /**
   * Where the request goes instead of the API server: the origin of a recording's contentUri (RingCentral's media
   * host), admitted by media-origin.ts before it gets here. Absent for every other request.
   */
  origin?: string;
  /** Aborts the exchange and its body (a browser that went away); an aborted request is never retried. */
  signal?: AbortSignal;
  onWait?: WaitListener;
  /** Called as each HTTP exchange for this request leaves (retries included): what "requests" counts. */
  onExchange?: () => void;
}

/**
 * One RingCentral exchange. Resolves with a 2xx response; otherwise throws a RingCentralHttpError (non-2xx)
 * or a RingCentralNetworkError (no answer).
 */
export type Send = (request: RingCentralRequest) => Promise<Response>;

export type Wrapper = (next: Send) => Send;

/** `send` with `wrappers` around it; the first wrapper is the outermost. */
export function compose(send: Send, ...wrappers: Wrapper[]): Send {
  return wrappers.reduceRight<Send>((next, wrap) => wrap(next), send);
}

export interface ClientLog {
  debug(message: string, context?: object): void;
  info(message: string, context?: object): void;
  warn(message: string, context?: object): void;
  error(message: string, context?: object): void;
}

export const SILENT_LOG: ClientLog = { debug() {}, info() {}, warn() {}, error() {} };
