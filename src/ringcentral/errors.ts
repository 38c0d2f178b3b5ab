// What the RingCentral client throws. These carry only what the service needs to decide (status, the
// error body, rate-limit facts) — never the SDK's request object, whose headers hold the bearer token.

import type { RateGroup } from './endpoints.js';
import type { ApiErrorBody } from './types.js';

/** RingCentral answered with a non-2xx status. */
export class RingCentralHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly headers: Readonly<Record<string, string>>,
    readonly path: string,
  ) {
    super(`RingCentral answered ${status}${errorCodeOf(body) ? ` ${errorCodeOf(body)}` : ''} for ${path}`);
    this.name = 'RingCentralHttpError';
  }

  /** The first RingCentral error code in the body (CMN-401, OAU-213, …). */
  get errorCode(): string | undefined {
    return errorCodeOf(this.body);
  }
}

/** 429: the group is held for `retryAfterMs`. Leaving the client, it means the bounded wait was spent. */
export class RingCentralRateLimitError extends RingCentralHttpError {
  constructor(
    body: ApiErrorBody,
    headers: Readonly<Record<string, string>>,
    path: string,
    readonly group: RateGroup,
    readonly retryAfterMs: number,
  ) {
    super(429, body, headers, path);
    this.name = 'RingCentralRateLimitError';
  }
}

/** 401 for an API request: RingCentral refused the access token the client had handed out as `tokenGeneration`. */
export class RingCentralUnauthorizedError extends RingCentralHttpError {
  constructor(
    body: ApiErrorBody,
    headers: Readonly<Record<string, string>>,
    path: string,
    readonly tokenGeneration: number,
  ) {
    super(401, body, headers, path);
    this.name = 'RingCentralUnauthorizedError';
  }
}

/** The token endpoint refused the JWT (or kept failing), so the bot has no session. */
export class RingCentralLoginError extends RingCentralHttpError {
  constructor(status: number, body: ApiErrorBody, headers: Readonly<Record<string, string>>) {
    super(status, body, headers, '/restapi/oauth/token');
    this.name = 'RingCentralLoginError';
  }
}

/** No usable answer: connection refused or reset, timed out, or a body that is not what was promised. */
export class RingCentralNetworkError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly timedOut = false,
  ) {
    super(`${message} (${path})`);
    this.name = 'RingCentralNetworkError';
  }
}

/** The first RingCentral error code in a body (CMN-401, OAU-213, invalid_grant, …). */
export function errorCodeOf(body: ApiErrorBody): string | undefined {
  return body.errors?.[0]?.errorCode ?? body.errorCode ?? body.error;
}
