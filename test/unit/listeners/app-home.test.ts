import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { UpstreamError } from '../../../src/errors.js';
import { appHomeOpened } from '../../../src/listeners/events/app-home.js';
import type { CallLogService, PermissionsReport } from '../../../src/service/types.js';
import { ALICE_EXT, fakeAccess, fakeService, listenerDeps, NOW } from './fakes.js';

type HomeArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

const users = {
  UALICE: {
    link: { kind: 'linked' as const, extension: ALICE_EXT, email: 'alice@example.com' },
    zone: { timeZone: 'America/Los_Angeles', source: 'slack' as const },
  },
  USAM: { link: { kind: 'unlinked' as const, email: 'sam@stranger.example' } },
};

const REPORT: PermissionsReport = {
  granted: ['ReadCallLog'],
  capabilities: [],
  owner: { id: '5', isAdmin: false },
  companyCallLog: { known: true, granted: false },
  optional: [],
};

function setup(service: CallLogService = fakeService(), admins: string[] = []) {
  const deps = listenerDeps(service, fakeAccess(users, admins));
  const published: Array<{ user_id: string; view: { type: string; blocks: unknown[] } }> = [];
  const publish = vi.fn(async (args: (typeof published)[number]) => {
    published.push(args);
    return { ok: true };
  });
  const listener = appHomeOpened(deps);
  const open = (userId: string, options: { eventId?: string; tab?: 'home' | 'messages' } = {}) =>
    listener({
      event: { type: 'app_home_opened', user: userId, channel: 'D1', tab: options.tab ?? 'home', event_ts: '1.2' },
      body: { event_id: options.eventId ?? `Ev${Math.random()}` },
      client: { views: { publish } },
    } as unknown as HomeArgs);
  return { deps, open, publish, published, service };
}

const shown = (view: unknown) => JSON.stringify(view);

describe('app_home_opened', () => {
  it("publishes the user's home: today's counts from their own extension, up to the start of this minute", async () => {
    const { open, published, service } = setup();
    await open('UALICE');
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ user_id: 'UALICE', view: { type: 'home' } });
    // 18:00 UTC is 11:00 in Los Angeles (PDT): today began at 07:00 UTC.
    expect(service.calls).toHaveBeenCalledWith(
      expect.objectContaining({
        from: new Date('2026-03-10T07:00:00Z'),
        to: new Date(Math.floor(NOW.getTime() / 60_000) * 60_000),
        whose: { kind: 'extension', extensionId: ALICE_EXT.id },
        filters: [],
      }),
    );
    expect(service.permissionsReport).not.toHaveBeenCalled();
  });

  it('ignores the Messages tab, which fires the same event', async () => {
    const { open, publish, service } = setup();
    await open('UALICE', { tab: 'messages' });
    expect(publish).not.toHaveBeenCalled();
    expect(service.calls).not.toHaveBeenCalled();
  });

  it("a resend of the same event (Slack's retry) publishes once and asks RingCentral once", async () => {
    const { open, publish, service } = setup();
    await Promise.all([open('UALICE', { eventId: 'Ev1' }), open('UALICE', { eventId: 'Ev1' })]);
    await open('UALICE', { eventId: 'Ev1' });
    expect(publish).toHaveBeenCalledTimes(1);
    expect(service.calls).toHaveBeenCalledTimes(1);
  });

  it('a publish that failed is tried again when Slack resends the event, and the failure is logged', async () => {
    const { open, publish, deps } = setup();
    publish.mockRejectedValueOnce(new Error('slack is down'));
    await open('UALICE', { eventId: 'Ev2' });
    await open('UALICE', { eventId: 'Ev2' });
    expect(publish).toHaveBeenCalledTimes(2);
    expect(deps.logs.join('\n')).toMatch(/Could not publish the App Home of UALICE.*slack is down/);
  });

  it('a user who is not linked still gets a home, saying how to get linked, and nothing is counted', async () => {
    const { open, published, service } = setup();
    await open('USAM');
    expect(shown(published[0]?.view)).toContain('How to fix it');
    expect(shown(published[0]?.view)).toContain('sam@stranger.example');
    expect(service.calls).not.toHaveBeenCalled();
  });

  it('RingCentral failing still publishes a home that says so, with a reference id that is in the log', async () => {
    const service = fakeService({
      calls: vi.fn(async () => Promise.reject(new UpstreamError('RingCentral 503', 503))),
    });
    const { open, published, deps } = setup(service);
    await open('UALICE');
    const view = shown(published[0]?.view);
    const ref = /E[0-9A-F]{8}/.exec(view)?.[0];
    expect(view).toContain("RingCentral didn't answer properly");
    expect(view).toContain('/calllog today');
    expect(ref).toBeDefined();
    expect(deps.logs.join('\n')).toContain(`[ref ${ref}] App Home for UALICE failed`);
  });

  it("an admin's home carries the permissions summary", async () => {
    const service = fakeService({ permissionsReport: vi.fn(async () => REPORT) });
    const { open, published } = setup(service, ['UALICE']);
    await open('UALICE');
    expect(service.permissionsReport).toHaveBeenCalledTimes(1);
    expect(shown(published[0]?.view)).toContain('RingCentral permissions:');
  });

  it('even a failing Slack profile lookup publishes a home', async () => {
    const { open, published, deps } = setup();
    (deps.access.timeZone as ReturnType<typeof vi.fn>).mockRejectedValue(new Error('users.info timed out'));
    (deps.access.link as ReturnType<typeof vi.fn>).mockRejectedValue(new Error('users.info timed out'));
    await open('UALICE');
    expect(published).toHaveLength(1);
    expect(shown(published[0]?.view)).toContain('something went wrong inside Call Log');
  });
});
