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
  MissingPermission = 'calllog_missing_permission',
  MissingUserPermission = 'calllog_missing_user_permission',
  RateLimited = 'calllog_rate_limited',
  Upstream = 'calllog_upstream',
  NotFound = 'calllog_not_found',
  AuthFailed = 'calllog_auth_failed',
  RangeNotSatisfiable = 'calllog_range_not_satisfiable',
  /** No recording (or call) by that id among the calls the user may see, or the call was not recorded. */
  RecordingNotFound = 'calllog_recording_not_found',
  /** The call is there but its recording is not yet: RingCentral makes it available minutes after the call. */
  RecordingNotReady = 'calllog_recording_not_ready',
  /** Slack's own Web API failed when Call Log asked it something (users.info): nothing the user did. */
  SlackApi = 'calllog_slack_api',
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

/** Slack's Web API failed or could not be reached; `method` is what was asked ("users.info"). */
export class SlackApiError extends CallLogError {
  readonly code = ErrorCode.SlackApi;
  constructor(
    readonly method: string,
    message: string,
    /** Slack's `error` ("missing_scope"); absent when Slack could not be reached or answered no JSON. */
    readonly slackError?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SlackApiError';
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

export type RecordingNotFoundReason = 'unknown' | 'notRecorded' | 'deleted';

/**
 * `/calllog recording ID` (or a ▶ button) found nothing to play. `reason` says which: no recording or call by that
 * id among the calls the user may see (`searchedDays` says how far back a recording id was looked for), a call
 * that exists but was not recorded, or a recording the call log names but RingCentral no longer has. A member's lookup never reaches anyone else's data, so "not yours" and "no such
 * id" are one answer.
 */
export class RecordingNotFoundError extends CallLogError {
  readonly code = ErrorCode.RecordingNotFound;
  constructor(
    /** What the user gave: a recording id or a call record id. */
    readonly id: string,
    readonly reason: RecordingNotFoundReason,
    /** Whose calls were looked through: the user's own, or the company's (an admin). */
    readonly scope: 'own' | 'company',
    readonly searchedDays?: number,
  ) {
    super(
      reason === 'unknown'
        ? `No recording or call ${id} among the ${scope} calls`
        : reason === 'notRecorded'
          ? `Call ${id} has no recording`
          : `The recording for ${id} no longer exists`,
    );
    this.name = 'RecordingNotFoundError';
  }
}

/** The call exists but RingCentral has no recording for it yet: it is still being processed after the call. */
export class RecordingNotReadyError extends CallLogError {
  readonly code = ErrorCode.RecordingNotReady;
  constructor(readonly id: string) {
    super(`The recording for ${id} is not ready yet`);
    this.name = 'RecordingNotReadyError';
  }
}

/** Every typed error, so a switch on `code` narrows to its class. */
export type TypedError =
  | BadInputError
  | NotLinkedError
  | AdminOnlyError
  | UnknownExtensionError
  | PersonNotLinkedError
  | MissingPermissionError
  | MissingUserPermissionError
  | RateLimitedError
  | UpstreamError
  | NotFoundError
  | AuthFailedError
  | RangeNotSatisfiableError
  | RecordingNotFoundError
  | RecordingNotReadyError
  | SlackApiError;

/** Every CallLogError is one of the classes above: they are all declared here, and only here. */
export function isTypedError(error: unknown): error is TypedError {
  return error instanceof CallLogError;
}
