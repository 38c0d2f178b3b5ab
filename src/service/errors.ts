// Errors a user can cause or an admin can fix. Callers switch on `error.code`, never on messages.
import type { Capability, Permission } from './permissions.js';

export enum ErrorCode {
  MissingPermission = 'calllog_missing_permission',
  MissingUserPermission = 'calllog_missing_user_permission',
  RateLimited = 'calllog_rate_limited',
  Upstream = 'calllog_upstream',
  NotFound = 'calllog_not_found',
  AuthFailed = 'calllog_auth_failed',
  RangeNotSatisfiable = 'calllog_range_not_satisfiable',
}

export abstract class CallLogError extends Error {
  abstract readonly code: ErrorCode;
}

/** The bot's token lacks an app permission (scope); fixed in the RingCentral Developer Console. */
export class MissingPermissionError extends CallLogError {
  readonly code = ErrorCode.MissingPermission;
  constructor(
    readonly permission: Permission,
    readonly capability: Capability,
  ) {
    super(`RingCentral app permission ${permission} is missing; it is needed for ${capability}`);
  }
}

/** The token owner lacks a user permission (403 CMN-408), e.g. FullCompanyCallLog. */
export class MissingUserPermissionError extends CallLogError {
  readonly code = ErrorCode.MissingUserPermission;
  constructor(
    readonly permission: string,
    readonly capability: Capability,
  ) {
    super(`RingCentral user permission ${permission} is missing; it is needed for ${capability}`);
  }
}

/** RingCentral kept answering 429 past our bounded waits. */
export class RateLimitedError extends CallLogError {
  readonly code = ErrorCode.RateLimited;
  constructor(
    readonly retryAfterMs: number,
    readonly group?: string,
  ) {
    super(`RingCentral rate limit reached${group ? ` (${group})` : ''}; retry in ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/** 5xx, timeouts or network failures that outlasted the retries. */
export class UpstreamError extends CallLogError {
  readonly code = ErrorCode.Upstream;
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** 404 CMN-102 and friends: the recording or record does not exist. */
export class NotFoundError extends CallLogError {
  readonly code = ErrorCode.NotFound;
}

/** RingCentral refused the bot's credentials (bad JWT, revoked app) even after logging in again. */
export class AuthFailedError extends CallLogError {
  readonly code = ErrorCode.AuthFailed;
}

/** The recording exists but the requested byte range does not (HTTP 416); answer the browser with 416 too. */
export class RangeNotSatisfiableError extends CallLogError {
  readonly code = ErrorCode.RangeNotSatisfiable;
  constructor(
    /** RingCentral's `Content-Range: bytes *\/<size>`, when it sent one. */
    readonly contentRange?: string,
  ) {
    super('The requested range of the recording is not available');
  }
}
