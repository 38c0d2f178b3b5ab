// fetch with a deadline for the response headers; bodies (audio streams) may take as long as they need. A signal the
// caller gave (on the Request or in init) still aborts the exchange, body included.

export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new RequestTimeoutError(timeoutMs)), timeoutMs);
    const given = [init?.signal, input instanceof Request ? input.signal : undefined].filter(
      (signal): signal is AbortSignal => signal instanceof AbortSignal,
    );
    try {
      return await fetch(input, { ...init, signal: AbortSignal.any([controller.signal, ...given]) });
    } finally {
      clearTimeout(timer);
    }
  };
}

export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}
