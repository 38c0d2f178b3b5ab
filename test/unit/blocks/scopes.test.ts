import { describe, expect, it } from 'vitest';
import { renderScopes, scopesSummaryBlocks } from '../../../src/blocks/scopes.js';
import type { OwnerPermissions } from '../../../src/service/owner-permissions.js';
import { permissionsReportOf } from '../../../src/service/permissions-report.js';
import type { PermissionsReport } from '../../../src/service/types.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { visibleText } from './factories.js';

const ALL = ['ReadAccounts', 'ReadCallLog', 'ReadCallRecording'];
const NOW = new Date('2026-03-10T18:00:00Z');
const NOAH = { id: '657845300', name: 'Noah Jackson', extensionNumber: '101', isAdmin: true };
const ADMIN_PROFILE: OwnerPermissions = { known: true, ids: new Set(['ReadCallLog', 'FullCompanyCallLog']) };

function report(
  options: { granted?: string[]; owner?: PermissionsReport['owner']; userPermissions?: OwnerPermissions } = {},
): PermissionsReport {
  return permissionsReportOf({
    granted: new Set(options.granted ?? ALL),
    owner: options.owner ?? NOAH,
    userPermissions: options.userPermissions ?? ADMIN_PROFILE,
    token: {
      accessTokenExpiresAt: new Date('2026-03-10T19:00:00Z'),
      refreshTokenExpiresAt: new Date('2026-03-17T18:00:00Z'),
    },
    server: 'https://platform.ringcentral.com',
  });
}

const render = (r: PermissionsReport) => renderScopes({ report: r, timeZone: 'America/New_York', now: NOW });
/** The section about one capability, found by its label. */
const about = (text: string, label: string) => text.split('\n\n').find((s) => s.includes(`*${label}*`)) ?? '';
const sections = (r: PermissionsReport) => {
  const message = render(r);
  return message.blocks
    .map((b) => (b.type === 'section' && b.text ? b.text.text : ''))
    .filter(Boolean)
    .join('\n\n');
};

describe('renderScopes', () => {
  it('with every permission: each capability ✅ with its route and what it unlocks, and no fix to make', () => {
    const message = render(report());
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text.match(/:white_check_mark: \*/g)).toHaveLength(7);
    expect(text).not.toContain(':x:');
    expect(text).not.toContain('Fix:');
    expect(text).toContain('`GET /restapi/v1.0/account/~/extension/{extensionId}/active-calls` · needs ReadCallLog');
    expect(text).toContain('unlocks `/calllog active`');
    expect(message.text).toContain('all 7 capabilities available');
  });

  it('names who the token acts as, whether they can read the company log, the server and the expiry', () => {
    const text = visibleText(render(report()));
    expect(text).toContain('*The bot acts as* Noah Jackson · ext 101 (id 657845300), a RingCentral admin.');
    expect(text).toContain('(user permission FullCompanyCallLog): :white_check_mark: yes');
    expect(text).toContain('https://platform.ringcentral.com');
    expect(text).toContain('Mar 10 15:00 America/New_York (in 60 min) · renewed automatically');
    expect(text).toContain('Mar 17 14:00 America/New_York (in 7 days)');
    expect(text).toContain('`ReadAccounts` `ReadCallLog` `ReadCallRecording`');
  });

  it('marks a missing app permission ❌ with the exact fix: add it in the Developer Console, re-issue the token', () => {
    const r = report({ granted: ['ReadAccounts', 'ReadCallLog'] });
    const message = render(r);
    expect(blockKitViolations(message)).toEqual([]);
    const text = sections(r);
    for (const label of ['recording details', 'recording audio']) {
      const part = about(text, label);
      expect(part).toMatch(/^:x: /);
      expect(part).toContain(
        '*Fix:* RingCentral Developer Console → your app → Settings → Application scopes → add *ReadCallRecording* → Save.',
      );
      expect(part).toContain('restart the bot so RingCentral re-issues its token');
    }
    expect(about(text, "an extension's call log")).toMatch(/^:white_check_mark: /);
    expect(message.text).toContain('5 of 7 capabilities available; blocked: recording details, recording audio.');
  });

  it('a capability missing two permissions names both in one fix', () => {
    const text = sections(report({ granted: ['ReadAccounts'] }));
    expect(about(text, 'recording details')).toContain('add *ReadCallLog* and *ReadCallRecording* → Save');
  });

  it('an owner without FullCompanyCallLog: the company log ❌, fixed by a role or another user’s JWT', () => {
    const text = sections(report({ userPermissions: { known: true, ids: new Set(['ReadCallLog']) } }));
    expect(text).toContain('(user permission FullCompanyCallLog): :x: no.');
    const part = about(text, 'the company-wide call log');
    expect(part).toMatch(/^:x: /);
    expect(part).toContain('give Noah Jackson a role that includes *FullCompanyCallLog*');
    expect(part).toContain('`RC_JWT`');
    expect(part).not.toContain('Developer Console');
  });

  it('where authz-profile would not say, the company log is "unknown", not guessed either way', () => {
    const r = report({
      userPermissions: { known: false, reason: 'RingCentral refused GET …/authz-profile (403 CMN-401)' },
    });
    const text = sections(r);
    expect(text).toContain(':grey_question: unknown — RingCentral refused GET …/authz-profile (403 CMN-401).');
    const part = about(text, 'the company-wide call log');
    expect(part).toMatch(/^:grey_question: /);
    expect(part).not.toContain('Fix:');
    expect(part).toContain('403 CMN-408');
    expect(render(r).text).toContain('all 7 capabilities available (FullCompanyCallLog unconfirmed).');
  });

  it('without ReadAccounts it still says whom the token belongs to, by id', () => {
    const text = visibleText(render(report({ granted: ['ReadCallLog'], owner: { id: '777', isAdmin: false } })));
    expect(text).toContain('*The bot acts as* the extension with id 777.');
    expect(text).toContain('add *ReadAccounts*');
  });

  it('lists what CallControl and ReadMessages would add, as not needed for the core', () => {
    const text = visibleText(render(report({ granted: [...ALL, 'CallControl'] })));
    expect(text).toContain('*Optional — not needed for the core*');
    expect(text).toMatch(/`CallControl` \(granted\): real-time call events/);
    expect(text).toMatch(/`ReadMessages` \(not granted\): voicemail content/);
  });

  it('escapes what RingCentral sends, and stays within limits however long it is', () => {
    const r = report({
      owner: { ...NOAH, name: '<!channel> Noah' },
      userPermissions: { known: false, reason: `<@U123> ${'x'.repeat(5000)}` },
    });
    const message = render(r);
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<@U123>');
    expect(text).toContain('&lt;!channel&gt; Noah');
  });
});

describe('scopesSummaryBlocks (App Home)', () => {
  const text = (r: PermissionsReport) => visibleText({ text: '', blocks: scopesSummaryBlocks(r) });

  it('says in a line that everything is available, and where the details are', () => {
    const summary = text(report());
    expect(summary).toContain('all 7 capabilities available');
    expect(summary).toContain('`/calllog scopes`');
  });

  it('lists each blocked capability with its fix in a few words', () => {
    const summary = text(report({ granted: ['ReadAccounts', 'ReadCallLog'] }));
    expect(summary).toContain(
      ':x: recording audio — add *ReadCallRecording* in the Developer Console, then restart the bot',
    );
    expect(blockKitViolations({ text: 'x', blocks: scopesSummaryBlocks(report()) })).toEqual([]);
  });
});
