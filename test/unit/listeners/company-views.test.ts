// An admin's views of other people's calls, through the listeners with a fake service: whose calls are asked for,
// how the list is titled, and what an unknown extension or an unlinked colleague gets.
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { ACTION_NEXT, ACTION_SHARE } from '../../../src/blocks/actions.js';
import { pageAction } from '../../../src/listeners/actions/page.js';
import { shareAction } from '../../../src/listeners/actions/share.js';
import { calllogCommand } from '../../../src/listeners/commands/calllog.js';
import { encodeListState, type ListState } from '../../../src/query/list-state.js';
import type { CallLogService, Extension } from '../../../src/service/types.js';
import {
  ALICE_EXT,
  callsResult,
  clickArgs,
  commandArgs,
  fakeAccess,
  fakeService,
  listenerDeps,
  textOf,
} from './fakes.js';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const BOB_EXT: Extension = { id: '2002', extensionNumber: '103', name: 'Bob Example', email: 'bob@example.com' };
const users = {
  UADMIN: {
    link: { kind: 'linked' as const, extension: ALICE_EXT, email: 'alice@example.com' },
    zone: { timeZone: 'America/Los_Angeles', source: 'slack' as const },
  },
  UBOB: { link: { kind: 'linked' as const, extension: BOB_EXT, email: 'bob@example.com' } },
  USTRANGER: { link: { kind: 'unlinked' as const, email: 'sam@stranger.example' } },
};
const breakdown = {
  mostMissed: [
    { id: '2002', name: 'Bob Example', extensionNumber: '103', calls: 5, missed: 4, unreturned: 2, talkTimeSec: 0 },
  ],
  mostUnreturned: [],
  busiest: [],
  extensionsWithCalls: 1,
};

function adminDeps(service: CallLogService) {
  return listenerDeps(service, fakeAccess(users, ['UADMIN']));
}

async function command(text: string, service: CallLogService) {
  const deps = adminDeps(service);
  const { args, replies } = commandArgs(text, 'UADMIN');
  await calllogCommand(deps)(args as unknown as CommandArgs);
  return { replies, deps };
}

describe("an admin's /calllog for other people", () => {
  it('"all" asks for the company\'s calls and titles the list with its breakdown', async () => {
    const service = fakeService({ calls: vi.fn(async () => ({ ...callsResult(3), breakdown })) });
    const { replies, deps } = await command('today all', service);
    expect(service.calls).toHaveBeenCalledWith(
      expect.objectContaining({ whose: { kind: 'account' } }),
      expect.any(Function),
    );
    expect(replies[0]?.text).toMatch(/^Company-wide calls · today/);
    expect(textOf(replies[0])).toContain('*Most missed*');
    expect(replies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(deps.access.link).not.toHaveBeenCalled();
  });

  it('"ext 103" finds the extension by number and shows its own log, titled with its number and name', async () => {
    const service = fakeService({ extensionByNumber: vi.fn(async () => BOB_EXT) });
    const { replies } = await command('yesterday ext 103', service);
    expect(service.extensionByNumber).toHaveBeenCalledWith('103');
    expect(service.calls).toHaveBeenCalledWith(
      expect.objectContaining({ whose: { kind: 'extension', extensionId: BOB_EXT.id } }),
      expect.any(Function),
    );
    expect(replies[0]?.text).toMatch(/^Ext 103 · Bob Example · yesterday/);
  });

  it('"ext 999" the company does not have: a private message quoting it, and no call log asked for', async () => {
    const service = fakeService({ extensionByNumber: vi.fn(async () => undefined) });
    const { replies } = await command('today ext 999', service);
    expect(textOf(replies[0])).toContain('No RingCentral extension has the number 999');
    expect(replies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(service.calls).not.toHaveBeenCalled();
  });

  it('"@someone" goes from their Slack user to their extension, the way users are linked', async () => {
    const service = fakeService();
    const { replies, deps } = await command('today <@UBOB|bob>', service);
    expect(deps.access.link).toHaveBeenCalledWith('UBOB');
    expect(service.calls).toHaveBeenCalledWith(
      expect.objectContaining({ whose: { kind: 'extension', extensionId: BOB_EXT.id } }),
      expect.any(Function),
    );
    expect(replies[0]?.text).toMatch(/^Ext 103 · Bob Example · today/);
  });

  it('"@someone" no extension matches: a message naming them and the email tried', async () => {
    const service = fakeService();
    const { replies } = await command('today <@USTRANGER|sam>', service);
    const text = textOf(replies[0]);
    expect(text).toContain('<@USTRANGER>');
    expect(text).toContain('sam@stranger.example');
    expect(service.calls).not.toHaveBeenCalled();
  });

  it('"active all" lists the company\'s calls in progress, titled as such', async () => {
    const service = fakeService();
    const { replies } = await command('active all', service);
    expect(service.activeCalls).toHaveBeenCalledWith({ kind: 'account' }, expect.any(Function));
    expect(replies[0]?.text).toBe('Company-wide calls · in progress: no calls in progress.');
  });

  it('"active ext 103" lists that extension\'s calls in progress', async () => {
    const service = fakeService({ extensionByNumber: vi.fn(async () => BOB_EXT) });
    const { replies } = await command('active ext 103', service);
    expect(service.activeCalls).toHaveBeenCalledWith(
      { kind: 'extension', extensionId: BOB_EXT.id },
      expect.any(Function),
    );
    expect(replies[0]?.text).toMatch(/^Ext 103 · Bob Example · in progress/);
  });
});

describe("an admin's buttons on a view of other people", () => {
  const state: ListState = {
    when: { kind: 'today' },
    from: Date.parse('2026-03-10T07:00:00Z'),
    to: Date.parse('2026-03-10T18:00:00Z'),
    tz: 'America/Los_Angeles',
    filters: [],
    audience: { kind: 'extension', extensionNumber: '103' },
    page: 1,
  };

  it('Next on "ext 103" resolves the extension again for the clicker and keeps the title', async () => {
    const service = fakeService({
      calls: vi.fn(async () => callsResult(40)),
      extensionByNumber: vi.fn(async () => BOB_EXT),
    });
    const { args, replies } = clickArgs(ACTION_NEXT, encodeListState(state), 'UADMIN');
    await pageAction(adminDeps(service))(args as unknown as ClickArgs);
    expect(service.calls).toHaveBeenCalledWith(
      expect.objectContaining({ whose: { kind: 'extension', extensionId: BOB_EXT.id } }),
      expect.any(Function),
    );
    expect(replies[0]?.text).toMatch(/^Ext 103 · Bob Example · /);
    expect(textOf(replies[0])).toContain('Page 2 of 3');
  });

  it('Share of a company view posts its summary and breakdown, without call rows', async () => {
    const service = fakeService({ calls: vi.fn(async () => ({ ...callsResult(4), breakdown })) });
    const { args, replies } = clickArgs(
      ACTION_SHARE,
      encodeListState({ ...state, audience: { kind: 'all' } }),
      'UADMIN',
    );
    await shareAction(adminDeps(service))(args as unknown as ClickArgs);
    expect(replies[0]).toMatchObject({ response_type: 'in_channel' });
    const text = textOf(replies[0]);
    expect(replies[0]?.text).toMatch(/^Company-wide calls · /);
    expect(text).toContain('*Most missed*');
    expect(text).not.toContain('+1415555');
    expect(text).not.toContain('"actions"');
  });
});
