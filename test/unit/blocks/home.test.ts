import type { HomeView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { renderError } from '../../../src/blocks/error-message.js';
import { renderHome, renderHomeFailure } from '../../../src/blocks/home.js';
import { section } from '../../../src/blocks/kit.js';
import { MissingPermissionError, NotLinkedError } from '../../../src/errors.js';
import { permissionsReportOf } from '../../../src/service/permissions-report.js';
import { homeViewViolations } from '../../support/block-kit-limits.js';
import { LA, makeSummary, TODAY, visibleText } from './factories.js';

const ALICE = { id: '2001', extensionNumber: '102', name: 'Alice Example', email: 'alice@example.com' };
const zone = { ok: true as const, value: { timeZone: LA, source: 'slack' as const } };
const linked = { ok: true as const, value: ALICE };
const counts = { ok: true as const, value: { window: TODAY, summary: makeSummary() } };
const report = permissionsReportOf({
  granted: new Set(['ReadCallLog', 'ReadAccounts']),
  owner: { id: '1', name: 'Noah', extensionNumber: '101', isAdmin: true },
  userPermissions: { known: true, ids: new Set(['FullCompanyCallLog']) },
});

const text = (view: HomeView) => visibleText({ text: '', blocks: view.blocks as never });
const valid = (view: HomeView) => expect(homeViewViolations(view as unknown as Record<string, unknown>)).toEqual([]);

describe('renderHome', () => {
  it("shows a member their extension, zone, today's counts and their commands — and nothing for admins", () => {
    const view = renderHome({ slackUserId: 'UALICE', isAdmin: false, zone, extension: linked, today: counts });
    valid(view);
    expect(view.type).toBe('home');
    const shown = text(view);
    expect(shown).toContain('*Your RingCentral extension:* 102 · Alice Example');
    expect(shown).toContain('*Your time zone:* America/Los_Angeles (from your Slack profile)');
    expect(shown).toContain('*Today so far* · Today, Thu Jan 15, 00:00–14:32 America/Los_Angeles (PST)');
    expect(shown).toContain('*Missed*\n3');
    expect(shown).toContain('/calllog active');
    expect(shown).not.toContain('/calllog scopes');
    expect(shown).not.toContain('RingCentral permissions');
  });

  it('gives an admin the admin commands and the permissions summary', () => {
    const view = renderHome({
      slackUserId: 'UNOAH',
      isAdmin: true,
      zone,
      extension: linked,
      today: counts,
      scopes: { ok: true, value: report },
    });
    valid(view);
    const shown = text(view);
    expect(shown).toContain('you are a Call Log admin');
    expect(shown).toContain('/calllog scopes');
    expect(shown).toContain('/calllog all');
    expect(shown).toContain('*RingCentral permissions:* 5 of 7 capabilities available');
    expect(shown).toContain(':x: recording audio — add *ReadCallRecording* in the Developer Console');
  });

  it('tells a user who is not linked how to get linked, and still lists the commands', () => {
    const explanation = renderError(new NotLinkedError('sam@stranger.example'));
    const view = renderHome({ slackUserId: 'USAM', isAdmin: false, zone, extension: { ok: false, explanation } });
    valid(view);
    const shown = text(view);
    expect(shown).toContain("Call Log can't tell which RingCentral extension is yours");
    expect(shown).toContain('*How to fix it*');
    expect(shown).toContain('sam@stranger.example');
    expect(shown).not.toContain('Today so far ·');
    expect(shown).toContain('/calllog whoami');
  });

  it("puts the reason in place of today's counts when they could not be loaded", () => {
    const explanation = renderError(new MissingPermissionError('ReadCallLog', 'extensionCallLog'));
    const view = renderHome({
      slackUserId: 'UALICE',
      isAdmin: false,
      zone,
      extension: linked,
      today: { ok: false, explanation },
    });
    valid(view);
    expect(text(view)).toContain("Your counts for today couldn't be loaded");
    expect(text(view)).toContain('*ReadCallLog*');
  });

  it('stays within 100 blocks whatever a part brings', () => {
    const explanation = { text: 'x', blocks: Array.from({ length: 150 }, (_, i) => section(`part ${i}`)) };
    const view = renderHome({ slackUserId: 'UALICE', isAdmin: true, zone, extension: { ok: false, explanation } });
    valid(view);
    expect(view.blocks).toHaveLength(100);
    expect(text(view)).toContain('shortened to fit Slack’s 100-block limit');
  });

  it('a home that could not be built at all still says so', () => {
    const view = renderHomeFailure({ text: 'x', blocks: [section('Sorry — something went wrong')] });
    valid(view);
    expect(text(view)).toContain('Reopen this tab to try again.');
  });
});
