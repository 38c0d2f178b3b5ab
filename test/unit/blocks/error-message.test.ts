import { describe, expect, it } from 'vitest';
import { needsReferenceId, renderError } from '../../../src/blocks/error-message.js';
import {
  AdminOnlyError,
  AuthFailedError,
  BadInputError,
  ErrorCode,
  isTypedError,
  MissingPermissionError,
  MissingUserPermissionError,
  NotFoundError,
  NotLinkedError,
  PersonNotLinkedError,
  RangeNotSatisfiableError,
  RateLimitedError,
  RecordingNotFoundError,
  RecordingNotReadyError,
  SlackApiError,
  type TypedError,
  UnknownExtensionError,
  UpstreamError,
} from '../../../src/errors.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { visibleText } from './factories.js';

// Keyed by code, so a new ErrorCode fails to compile here until it has an example.
const EXAMPLES: Record<ErrorCode, TypedError> = {
  [ErrorCode.BadInput]: new BadInputError('`tomorow` is not a word I know.', 'tomorow', 'tomorrow'),
  [ErrorCode.NotLinked]: new NotLinkedError('alice@example.com'),
  [ErrorCode.AdminOnly]: new AdminOnlyError('the `all` view', ['UADMIN']),
  [ErrorCode.UnknownExtension]: new UnknownExtensionError('999'),
  [ErrorCode.PersonNotLinked]: new PersonNotLinkedError('UBOB', 'bob@example.com'),
  [ErrorCode.MissingPermission]: new MissingPermissionError('ReadCallRecording', 'recordingContent'),
  [ErrorCode.MissingUserPermission]: new MissingUserPermissionError('FullCompanyCallLog', 'accountCallLog'),
  [ErrorCode.RateLimited]: new RateLimitedError(45_000, 'Heavy'),
  [ErrorCode.Upstream]: new UpstreamError('RingCentral answered 503 CMN-211', 503),
  [ErrorCode.NotFound]: new NotFoundError('RingCentral has no such record (CMN-102)'),
  [ErrorCode.AuthFailed]: new AuthFailedError("RingCentral refused the bot's login (400 OAU-140)"),
  [ErrorCode.RangeNotSatisfiable]: new RangeNotSatisfiableError('bytes */1000'),
  [ErrorCode.RecordingNotFound]: new RecordingNotFoundError('2718281', 'unknown', 'own', 30),
  [ErrorCode.RecordingNotReady]: new RecordingNotReadyError('Y3s9KVLz'),
  [ErrorCode.SlackApi]: new SlackApiError(
    'users.info',
    "Slack's users.info failed for UANN: internal_error",
    'internal_error',
  ),
};

describe('renderError', () => {
  it.each(Object.values(ErrorCode))('renders %s as a message within Block Kit limits', (code) => {
    const error = EXAMPLES[code];
    expect(error.code).toBe(code);
    expect(isTypedError(error)).toBe(true);
    const message = renderError(error, 'EREF1234');
    expect(blockKitViolations(message)).toEqual([]);
    expect(message.text.trim()).not.toBe('');
  });

  it('says what each error is about, in its own words', () => {
    const text = (code: ErrorCode) => visibleText(renderError(EXAMPLES[code], 'EREF1234'));
    expect(text(ErrorCode.BadInput)).toContain('tomorow');
    expect(text(ErrorCode.BadInput)).toContain('Did you mean *tomorrow*?');
    expect(text(ErrorCode.NotLinked)).toContain('alice@example.com');
    expect(text(ErrorCode.AdminOnly)).toContain('<@UADMIN>');
    expect(text(ErrorCode.UnknownExtension)).toContain('No RingCentral extension has the number 999');
    expect(text(ErrorCode.PersonNotLinked)).toContain('<@UBOB>');
    expect(text(ErrorCode.PersonNotLinked)).toContain('bob@example.com');
    expect(text(ErrorCode.MissingPermission)).toContain('*ReadCallRecording*');
    expect(text(ErrorCode.MissingUserPermission)).toContain('*FullCompanyCallLog*');
    expect(text(ErrorCode.RateLimited)).toContain('about 45 s');
    expect(text(ErrorCode.NotFound)).toMatch(/couldn't find/);
    expect(text(ErrorCode.RangeNotSatisfiable)).toMatch(/part of the recording/);
    expect(text(ErrorCode.RecordingNotFound)).toContain('`2718281` among your calls of the last 30 days');
    expect(text(ErrorCode.RecordingNotReady)).toMatch(/`Y3s9KVLz` isn't ready yet.*few minutes/);
  });

  it('quotes a reference id for the failures whose details stay in the log, and only for those', () => {
    const withReference = Object.values(EXAMPLES).filter(needsReferenceId);
    expect(withReference.map((e) => e.code).sort()).toEqual(
      [ErrorCode.AuthFailed, ErrorCode.Upstream, ErrorCode.SlackApi].sort(),
    );
    for (const error of withReference) {
      const text = visibleText(renderError(error, 'EREF1234'));
      expect(text).toContain('EREF1234');
      expect(text).not.toContain(error.message); // RingCentral's codes and paths are for the log
    }
  });

  it("says Slack's API failed and to try again, or, when Slack refuses the app, what an admin checks", () => {
    const trouble = visibleText(renderError(EXAMPLES[ErrorCode.SlackApi], 'EREF1234'));
    expect(trouble).toContain("Slack's API didn't answer");
    expect(trouble).toContain('try again in a minute');
    expect(trouble).not.toContain('inside Call Log');
    const unreachable = visibleText(renderError(new SlackApiError('users.info', 'socket hang up'), 'EREF1234'));
    expect(unreachable).toContain('try again in a minute');
    const refused = visibleText(
      renderError(new SlackApiError('users.info', 'missing_scope', 'missing_scope'), 'EREF1234'),
    );
    expect(refused).toContain('`missing_scope`');
    expect(refused).toContain('`users:read.email`');
    expect(refused).not.toContain('try again');
  });

  it('does not take an arbitrary Error for a typed one', () => {
    expect(isTypedError(new Error('boom'))).toBe(false);
    expect(isTypedError({ code: ErrorCode.NotFound })).toBe(false);
  });
});
