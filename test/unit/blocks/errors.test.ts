import { describe, expect, it } from 'vitest';
import {
  renderAuthFailed,
  renderBadInput,
  renderMissingPermission,
  renderMissingUserPermission,
  renderNotAllowed,
  renderNotFound,
  renderPersonNotLinked,
  renderRateLimited,
  renderUnexpectedFailure,
  renderUnknownExtension,
  renderUnlinked,
  renderUpstreamFailure,
} from '../../../src/blocks/errors.js';
import type { SlackMessage } from '../../../src/blocks/kit.js';
import { MissingPermissionError, MissingUserPermissionError } from '../../../src/errors.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { visibleText } from './factories.js';

function checked(message: SlackMessage): string {
  expect(blockKitViolations(message)).toEqual([]);
  expect(message.text.trim()).not.toBe('');
  return visibleText(message);
}

describe('error messages', () => {
  it('missing app permission: names it, what it blocks, the Console fix and that the token must be re-issued', () => {
    const text = checked(renderMissingPermission(new MissingPermissionError('ReadCallLog', 'extensionCallLog')));
    expect(text).toContain('*ReadCallLog*');
    expect(text).toContain("an extension's call log");
    expect(text).toContain('GET /restapi/v1.0/account/~/extension/{extensionId}/call-log');
    expect(text).toContain(
      'RingCentral Developer Console → your app → Settings → Application scopes → add *ReadCallLog* → Save',
    );
    expect(text).toMatch(/Re-issue the bot's token: restart the bot so it logs in again/);
    expect(text).toMatch(/admin/);
  });

  it('missing app permission names the permission the error carries, not always ReadCallLog', () => {
    const text = checked(renderMissingPermission(new MissingPermissionError('ReadCallRecording', 'recordingContent')));
    expect(text).toContain('add *ReadCallRecording*');
    expect(text).toContain('recording audio');
    expect(text).not.toContain('ReadCallLog');
  });

  it('missing user permission: names the user permission, CMN-408 and that a RingCentral admin grants it', () => {
    const text = checked(
      renderMissingUserPermission(new MissingUserPermissionError('FullCompanyCallLog', 'accountCallLog')),
    );
    expect(text).toContain('*FullCompanyCallLog*');
    expect(text).toContain('CMN-408');
    expect(text).toContain('the company-wide call log');
    expect(text).toMatch(/Admin Portal/);
    expect(text).toMatch(/the RingCentral user the bot signs in as .*lacks the \*FullCompanyCallLog\* user permission/);
    expect(text).toMatch(/role that includes \*FullCompanyCallLog\*/);
    expect(text).not.toContain('other users’ extensions');
  });

  it("missing user permission over another extension: says it is about other users' extensions", () => {
    const text = checked(
      renderMissingUserPermission(new MissingUserPermissionError('ReadCallLog', 'extensionCallLog')),
    );
    expect(text).toContain('lacks the *ReadCallLog* user permission for other users’ extensions');
    expect(text).toContain("an extension's call log");
  });

  it('unknown extension: quotes the number and how to name someone instead', () => {
    const text = checked(renderUnknownExtension({ extensionNumber: '999' }));
    expect(text).toContain('No RingCentral extension has the number 999.');
    expect(text).toContain('@someone');
  });

  it('person not linked: names them by mention, with the email that matched nothing, or says there was none', () => {
    const withEmail = checked(renderPersonNotLinked({ slackUserId: 'UBOB', email: 'bob@<x>.example' }));
    expect(withEmail).toContain('<@UBOB>');
    expect(withEmail).toContain('bob@&lt;x&gt;.example');
    const without = checked(renderPersonNotLinked({ slackUserId: 'UBOB' }));
    expect(without).toContain('<@UBOB>');
    expect(without).toMatch(/no email Call Log can read/);
  });

  it('rate limited: first says when the delayed answer will arrive, finally gives up', () => {
    const delayed = checked(renderRateLimited({ waitMs: 44_200, final: false }));
    expect(delayed).toContain('should arrive in *about 45 s*');
    const final = checked(renderRateLimited({ waitMs: 90_000, final: true }));
    expect(final).toContain('gave up');
    expect(final).toContain('try again in *about 2 min*');
  });

  it('unlinked: shows the email that matched no extension, escaped, and how to fix it', () => {
    const text = checked(renderUnlinked({ email: 'bob<x>@example.com' }));
    expect(text).toContain('No extension has the email *bob&lt;x&gt;@example.com*');
    expect(text).toMatch(/How to fix it/);
  });

  it('unlinked without an email says the Slack profile has none', () => {
    const text = checked(renderUnlinked({}));
    expect(text).toContain('Your Slack profile has no email');
    expect(text).toContain('users:read.email');
  });

  it('bad input quotes the word, suggests one and shows the usage', () => {
    const text = checked(
      renderBadInput({
        message: 'It is not a time range, filter or person.',
        word: 'misssed',
        suggestion: 'missed',
        usage: '/calllog [when] [filters] [whose]',
      }),
    );
    expect(text).toContain("I didn't understand “misssed”.");
    expect(text).toContain('Did you mean *missed*?');
    expect(text).toContain('```/calllog [when] [filters] [whose]```');
  });

  it('upstream and auth failures apologise briefly and give the reference id', () => {
    expect(checked(renderUpstreamFailure({ referenceId: 'ref-7f3a' }))).toMatch(/Sorry[\s\S]*`ref-7f3a`/);
    const auth = checked(renderAuthFailed({ referenceId: 'ref-9b1c' }));
    expect(auth).toContain('`ref-9b1c`');
    expect(auth).toContain('RC_JWT');
  });

  it('a fault inside Call Log says so, not that RingCentral failed', () => {
    const text = checked(renderUnexpectedFailure({ referenceId: 'E1A2B3C4D' }));
    expect(text).toMatch(/inside Call Log[\s\S]*`E1A2B3C4D`/);
    expect(text).not.toMatch(/RingCentral/);
  });

  it('not found names what was asked for', () => {
    expect(checked(renderNotFound({ what: 'recording', id: '12<3' }))).toContain("couldn't find recording `12&lt;3`");
  });

  it('not allowed says only admins may see the view, and who the admins are', () => {
    const text = checked(renderNotAllowed({ what: 'the company-wide call log', admins: ['UADMIN1', 'UADMIN2'] }));
    expect(text).toContain('*Only Call Log admins can see the company-wide call log.*');
    expect(text).toContain('Call Log admins: <@UADMIN1>, <@UADMIN2>.');
  });

  it('not allowed says so when no admins are set, and counts a long list of admins', () => {
    expect(checked(renderNotAllowed({ what: 'the `all` view', admins: [] }))).toContain('No Call Log admins are set');
    const many = Array.from({ length: 25 }, (_, i) => `UADMIN${i}`);
    const text = checked(renderNotAllowed({ what: 'the `all` view', admins: many }));
    expect(text).toContain('<@UADMIN19> and 5 more');
    expect(text).not.toContain('<@UADMIN20>');
  });
});
