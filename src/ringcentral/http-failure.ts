// A failed exchange as the error the client speaks. The SDK's error object (which holds the signed request,
// bearer token or client secret included) is read here and goes no further.
import type { RateGroup } from './endpoints.js';
import {
  RingCentralHttpError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
  RingCentralUnauthorizedError,
} from './errors.js';
import { RequestTimeoutError } from './fetch-with-timeout.js';
import { readRetryAfterMs } from './throttle.js';
import type { ApiErrorBody } from './types.js';

/** Used when a 429 carries no readable Retry-After: RingCentral's penalty is 60 s. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

export interface FailedExchange {
  path: string;
  group: RateGroup;
  /** When the answer arrived (ms), to read an HTTP-date Retry-After. */
  at: number;
  /** The generation of the access token the request carried; absent for the token endpoint's own calls. */
  tokenGeneration?: number;
}

/** A non-2xx answer: 429 and a refused access token get their own classes, the rest are RingCentralHttpError. */
export async function httpError(response: Response, exchange: FailedExchange): Promise<RingCentralHttpError> {
  const body = await errorBody(response);
  const headers = headersToRecord(response.headers);
  const { path, group, at, tokenGeneration } = exchange;
  if (response.status === 429) {
    const retryAfterMs = readRetryAfterMs(headers['retry-after'] ?? null, at, DEFAULT_RETRY_AFTER_MS);
    return new RingCentralRateLimitError(body, headers, path, group, retryAfterMs);
  }
  if (response.status === 401 && tokenGeneration !== undefined) {
    return new RingCentralUnauthorizedError(body, headers, path, tokenGeneration);
  }
  return new RingCentralHttpError(response.status, body, headers, path);
}

/** Whatever the SDK (or the fetch under it) threw, as plain facts. */
export async function fromSdkFailure(
  error: unknown,
  exchange: FailedExchange,
): Promise<RingCentralHttpError | RingCentralNetworkError> {
  const response = (error as { response?: unknown } | null)?.response;
  if (response instanceof Response) return httpError(response, exchange);
  const timedOut =
    error instanceof RequestTimeoutError || (error as { name?: unknown } | null)?.name === 'TimeoutError';
  return new RingCentralNetworkError(networkMessage(error), exchange.path, timedOut);
}

async function errorBody(response: Response): Promise<ApiErrorBody> {
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') return parsed as ApiErrorBody;
  } catch {
    // not JSON: the status says enough
  }
  return {};
}

function networkMessage(error: unknown): string {
  if (error instanceof RequestTimeoutError) return error.message;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail =
    typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined;
  const message =
    error instanceof Error ? ((error as { originalMessage?: string }).originalMessage ?? error.message) : String(error);
  return detail ? `${message}: ${detail}` : message;
}

export function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}
