// Every failure becomes a private message. Typed errors say what happened and what to do; anything else is
// logged here with its context and a reference id, and the user gets a short apology quoting that id.
import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import { needsReferenceId, renderError, renderUnexpectedFailure, type SlackMessage } from '../blocks/index.js';
import { isTypedError } from '../errors.js';

/** What the listener was doing, for the log line: who asked and what they typed or clicked. */
export interface FailureContext {
  userId: string;
  request: string;
}

export function failureMessage(error: unknown, context: FailureContext, logger: Logger): SlackMessage {
  if (!isTypedError(error)) return renderUnexpectedFailure({ referenceId: logged(error, context, logger) });
  // The details go to the log, never to Slack.
  return renderError(error, needsReferenceId(error) ? logged(error, context, logger) : undefined);
}

function logged(error: unknown, context: FailureContext, logger: Logger): string {
  const referenceId = `E${randomBytes(4).toString('hex').toUpperCase()}`;
  logger.error(`[ref ${referenceId}] ${context.request} for ${context.userId} failed:`, error);
  return referenceId;
}
