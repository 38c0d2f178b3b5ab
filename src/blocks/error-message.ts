// The one place a typed error becomes the private message that explains it. The switch is exhaustive: a new
// ErrorCode does not compile until it has a message.
import { ErrorCode, type TypedError } from '../errors.js';
import { USAGE } from '../query/usage.js';
import {
  renderAuthFailed,
  renderBadInput,
  renderMissingPermission,
  renderMissingUserPermission,
  renderNotAllowed,
  renderNotFound,
  renderPersonNotLinked,
  renderRangeNotSatisfiable,
  renderRateLimited,
  renderRecordingNotFound,
  renderRecordingNotReady,
  renderUnknownExtension,
  renderUnlinked,
  renderUpstreamFailure,
} from './errors.js';
import type { SlackMessage } from './kit.js';
import { renderSlackApiFailure } from './slack-api-failure.js';

/** Errors whose details are for the log only: their message quotes a reference id that finds the log line. */
export function needsReferenceId(error: TypedError): boolean {
  return error.code === ErrorCode.AuthFailed || error.code === ErrorCode.Upstream || error.code === ErrorCode.SlackApi;
}

export function renderError(error: TypedError, referenceId = ''): SlackMessage {
  switch (error.code) {
    case ErrorCode.BadInput:
      return renderBadInput({
        message: error.message,
        word: error.word,
        ...(error.suggestion ? { suggestion: error.suggestion } : {}),
        usage: USAGE,
      });
    case ErrorCode.NotLinked:
      return renderUnlinked(error.email !== undefined ? { email: error.email } : {});
    case ErrorCode.AdminOnly:
      return renderNotAllowed({ what: error.view, admins: error.admins });
    case ErrorCode.UnknownExtension:
      return renderUnknownExtension({ extensionNumber: error.extensionNumber });
    case ErrorCode.PersonNotLinked:
      return renderPersonNotLinked({
        slackUserId: error.slackUserId,
        ...(error.email !== undefined ? { email: error.email } : {}),
      });
    case ErrorCode.MissingPermission:
      return renderMissingPermission(error);
    case ErrorCode.MissingUserPermission:
      return renderMissingUserPermission(error);
    case ErrorCode.RateLimited:
      return renderRateLimited({ waitMs: error.retryAfterMs, final: true });
    case ErrorCode.NotFound:
      return renderNotFound({ what: 'record' });
    case ErrorCode.RangeNotSatisfiable:
      return renderRangeNotSatisfiable();
    case ErrorCode.RecordingNotFound:
      return renderRecordingNotFound({
        id: error.id,
        reason: error.reason,
        scope: error.scope,
        ...(error.searchedDays !== undefined ? { searchedDays: error.searchedDays } : {}),
      });
    case ErrorCode.RecordingNotReady:
      return renderRecordingNotReady({ id: error.id });
    case ErrorCode.AuthFailed:
      return renderAuthFailed({ referenceId });
    case ErrorCode.Upstream:
      return renderUpstreamFailure({ referenceId });
    case ErrorCode.SlackApi:
      return renderSlackApiFailure({
        referenceId,
        ...(error.slackError !== undefined ? { slackError: error.slackError } : {}),
      });
  }
}
