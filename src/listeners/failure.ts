// Every failure becomes a private message. Typed errors say what happened and what to do; anything else is
// logged here with its context and a reference id, and the user gets a short apology quoting that id.
import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import {
  renderAuthFailed,
  renderBadInput,
  renderMissingPermission,
  renderMissingUserPermission,
  renderNotFound,
  renderRateLimited,
  renderUnexpectedFailure,
  renderUpstreamFailure,
} from '../blocks/index.js';
import type { SlackMessage } from '../blocks/kit.js';
import { BadInputError } from '../query/errors.js';
import { USAGE } from '../query/index.js';
import {
  AuthFailedError,
  MissingPermissionError,
  MissingUserPermissionError,
  NotFoundError,
  RateLimitedError,
  UpstreamError,
} from '../service/errors.js';
import { Refusal } from './refusal.js';

/** What the listener was doing, for the log line: who asked and what they typed or clicked. */
export interface FailureContext {
  userId: string;
  request: string;
}

export function failureMessage(error: unknown, context: FailureContext, logger: Logger): SlackMessage {
  if (error instanceof Refusal) return error.reply;
  if (error instanceof BadInputError) {
    return renderBadInput({
      message: error.message,
      word: error.word,
      ...(error.suggestion ? { suggestion: error.suggestion } : {}),
      usage: USAGE,
    });
  }
  if (error instanceof MissingPermissionError) return renderMissingPermission(error);
  if (error instanceof MissingUserPermissionError) return renderMissingUserPermission(error);
  if (error instanceof RateLimitedError) return renderRateLimited({ waitMs: error.retryAfterMs, final: true });
  if (error instanceof NotFoundError) return renderNotFound({ what: 'record' });
  if (error instanceof AuthFailedError) return renderAuthFailed({ referenceId: logged(error, context, logger) });
  // The details go to the log, never to Slack.
  if (error instanceof UpstreamError) return renderUpstreamFailure({ referenceId: logged(error, context, logger) });
  return renderUnexpectedFailure({ referenceId: logged(error, context, logger) });
}

function logged(error: unknown, context: FailureContext, logger: Logger): string {
  const referenceId = `E${randomBytes(4).toString('hex').toUpperCase()}`;
  logger.error(`[ref ${referenceId}] ${context.request} for ${context.userId} failed:`, error);
  return referenceId;
}
