// Every error a user can cause or an admin can fix, in one place (the bolt-js model): an `ErrorCode` each carries,
// so callers switch on `error.code`, and one exhaustive switch in blocks/ turns each into a private message.
// Anything that is not a CallLogError is a bug or an outage: it is logged and answered with a reference id.
import type { Capability, Permission } from './service/permissions.js';

export enum ErrorCode {
  /** The "/calllog …" text (or a button value) could not be understood. */
  BadInput = 'calllog_bad_input',
  /** No RingCentral extension has the user's Slack email. */
  NotLinked = 'calllog_not_linked',
  /** A member asked for a view only admins may use. */
  AdminOnly = 'calllog_admin_only',
  /** An admin named an extension number the company does not have ("ext 999"). */
  UnknownExtension = 'calllog_unknown_extension',
  /** An admin named a Slack user ("@someone") whom no extension matches by email. */
  PersonNotLinked = 'calllog_person_not_linked',
  /** The request names a view this version does not offer yet. */
  NotAvailableYet = 'calllog_not_available_yet',
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

/**
 * Something in the "/calllog …" text could not be understood; nothing is fetched.
 * `message` is mrkdwn (words quoted in backticks) but `&`, `<` and `>` are left as typed: escape before sending.
 * `suggestion` is not repeated in `message`; show it as "Did you mean …?".
 */
export class BadInputError extends CallLogError {
  readonly code = ErrorCode.BadInput;
  constructor(
    message: string,
    /** The word or phrase at fault, as the user typed it. */
    readonly word: string,
    /** A valid replacement for `word`, when one is close. */
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = 'BadInputError';
  }
}

/** The Slack user has no RingCentral extension; `email` is what was looked up (absent when Slack gave none). */
export class NotLinkedError extends CallLogError {
  readonly code = ErrorCode.NotLinked;
  constructor(readonly email?: string) {
    super(email === undefined ? 'Slack gave no email to link by' : `No RingCentral extension has the email ${email}`);
    this.name = 'NotLinkedError';
  }
}

/**
 * A member asked for someone else's calls, the company's, or the bot's permissions. `view` names it in the
 * command's words ("the `all` view"); `admins` are the Slack user ids who may, so the member knows whom to ask.
 */
export class AdminOnlyError extends CallLogError {
  readonly code = ErrorCode.AdminOnly;
  constructor(
    readonly view: string,
    readonly admins: readonly string[],
  ) {
    super(`${view} is for Call Log admins only`);
    this.name = 'AdminOnlyError';
  }
}

/** "ext N" where the company has no extension N; nothing of anyone's was fetched. */
export class UnknownExtensionError extends CallLogError {
  readonly code = ErrorCode.UnknownExtension;
  constructor(readonly extensionNumber: string) {
    super(`No RingCentral extension has the number ${extensionNumber}`);
    this.name = 'UnknownExtensionError';
  }
}

/**
 * "@someone" whose Slack profile email matches no extension (or who has none Call Log can read): `slackUserId` is
 * the person named, `email` what was looked up.
 */
export class PersonNotLinkedError extends CallLogError {
  readonly code = ErrorCode.PersonNotLinked;
  constructor(
    readonly slackUserId: string,
    readonly email?: string,
  ) {
    super(
      email === undefined
        ? `Slack gave no email to link ${slackUserId} by`
        : `No RingCentral extension has ${slackUserId}'s email ${email}`,
    );
    this.name = 'PersonNotLinkedError';
  }
}

/** `feature` names what was asked for, in the command's words: "`/calllog scopes`", "the `all` view". */
export class NotAvailableYetError extends CallLogError {
  readonly code = ErrorCode.NotAvailableYet;
  constructor(readonly feature: string) {
    super(`${feature} is not available yet`);
    this.name = 'NotAvailableYetError';
  }
}

/** The bot's token lacks an app permission (scope); fixed in the RingCentral Developer Console. */
export class MissingPermissionError extends CallLogError {
  readonly code = ErrorCode.MissingPermission;
  constructor(
    readonly permission: Permission,
    readonly capability: Capability,
  ) {
    super(`RingCentral app permission ${permission} is missing; it is needed for ${capability}`);
    this.name = 'MissingPermissionError';
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
    this.name = 'MissingUserPermissionError';
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
    this.name = 'RateLimitedError';
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
    this.name = 'UpstreamError';
  }
}

/** 404 CMN-102 and friends: the recording or record does not exist. */
export class NotFoundError extends CallLogError {
  readonly code = ErrorCode.NotFound;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** RingCentral refused the bot's credentials (bad JWT, revoked app) even after logging in again. */
export class AuthFailedError extends CallLogError {
  readonly code = ErrorCode.AuthFailed;
  constructor(message: string) {
    super(message);
    this.name = 'AuthFailedError';
  }
}

/** The recording exists but the requested byte range does not (HTTP 416); answer the browser with 416 too. */
export class RangeNotSatisfiableError extends CallLogError {
  readonly code = ErrorCode.RangeNotSatisfiable;
  constructor(
    /** RingCentral's `Content-Range: bytes *\/<size>`, when it sent one. */
    readonly contentRange?: string,
  ) {
    super('The requested range of the recording is not available');
    this.name = 'RangeNotSatisfiableError';
  }
}

/** Every typed error, so a switch on `code` narrows to its class. */
export type TypedError =
  | BadInputError
  | NotLinkedError
  | AdminOnlyError
  | UnknownExtensionError
  | PersonNotLinkedError
  | NotAvailableYetError
  | MissingPermissionError
  | MissingUserPermissionError
  | RateLimitedError
  | UpstreamError
  | NotFoundError
  | AuthFailedError
  | RangeNotSatisfiableError;

/** Every CallLogError is one of the classes above: they are all declared here, and only here. */
export function isTypedError(error: unknown): error is TypedError {
  return error instanceof CallLogError;
}
