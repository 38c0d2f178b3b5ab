// What went wrong with one attempt, as plain facts. The SDK's error object (which holds the signed request,
// bearer token included) is read here and goes no further.
import { RequestTimeoutError } from './fetch-with-timeout.js';
import type { ApiErrorBody } from './types.js';

/** A failed attempt, reduced to what decides the next step. */
export type Failure =
  | {
      kind: 'http';
      status: number;
      body: ApiErrorBody;
      headers: Record<string, string>;
      get: (name: string) => string | null;
    }
  | { kind: 'network'; message: string; timedOut: boolean };

/** Turns whatever the SDK threw into plain facts. */
export async function describeFailure(error: unknown): Promise<Failure> {
  const response = (error as { response?: unknown } | null)?.response;
  if (response instanceof Response) {
    let body: ApiErrorBody = {};
    try {
      const parsed: unknown = await response.json();
      if (parsed && typeof parsed === 'object') body = parsed as ApiErrorBody;
    } catch {
      // not JSON: the status says enough
    }
    return {
      kind: 'http',
      status: response.status,
      body,
      headers: headersToRecord(response.headers),
      get: (name) => response.headers.get(name),
    };
  }
  const timedOut =
    error instanceof RequestTimeoutError || (error as { name?: unknown } | null)?.name === 'TimeoutError';
  return { kind: 'network', message: networkMessage(error), timedOut };
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
