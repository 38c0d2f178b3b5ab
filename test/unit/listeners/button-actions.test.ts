import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { ACTION_NEXT, ACTION_SHARE } from '../../../src/blocks/actions.js';
import { MissingPermissionError } from '../../../src/errors.js';
import { pageAction } from '../../../src/listeners/actions/page.js';
import { shareAction } from '../../../src/listeners/actions/share.js';
import { encodeListState, type ListState } from '../../../src/query/list-state.js';
import { ALICE_EXT, callsResult, clickArgs, fakeAccess, fakeService, listenerDeps, textOf } from './fakes.js';

type ClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const BOB_EXT = { ...ALICE_EXT, id: '2002', extensionNumber: '103', name: 'Bob Example', email: 'bob@example.com' };
const users = {
  UALICE: {
    link: { kind: 'linked' as const, extension: ALICE_EXT, email: 'alice@example.com' },
    zone: { timeZone: 'America/Los_Angeles', source: 'slack' as const },
  },
  UBOB: {
    link: { kind: 'linked' as const, extension: BOB_EXT, email: 'bob@example.com' },
    zone: { timeZone: 'Europe/Berlin', source: 'slack' as const },
  },
};
// Alice's "today" in Los Angeles on 10 March 2026, page 2.
const state: ListState = {
  when: { kind: 'today' },
  from: Date.parse('2026-03-10T07:00:00Z'),
  to: Date.parse('2026-03-10T18:00:00Z'),
  tz: 'America/Los_Angeles',
  filters: [],
  audience: { kind: 'mine' },
  page: 1,
};

describe('Prev / Next', () => {
  it("re-runs the query for the clicking user's own extension, over the same window, and replaces the message", async () => {
    const service = fakeService({ calls: vi.fn(async () => callsResult(40)) });
    const deps = listenerDeps(service, fakeAccess(users));
    const { args, replies } = clickArgs(ACTION_NEXT, encodeListState(state), 'UBOB');
    await pageAction(deps)(args as unknown as ClickArgs);
    expect(args.ack).toHaveBeenCalled();
    expect(service.calls).toHaveBeenCalledWith(
      expect.objectContaining({
        from: new Date(state.from),
        to: new Date(state.to),
        whose: { kind: 'extension', extensionId: BOB_EXT.id },
        timeZone: 'Europe/Berlin',
      }),
      expect.any(Function),
    );
    expect(replies[0]).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(textOf(replies[0])).toContain('Page 2 of 3');
    // Alice's "today" is not Bob's, so the window is named by its date, the way the command names a date.
    expect(textOf(replies[0])).toContain('Your calls · Tue 10 Mar 2026');
  });

  it.each([
    ['the company-wide list', { kind: 'all' as const }],
    ['ext 101', { kind: 'extension' as const, extensionNumber: '101' }],
    ['a colleague', { kind: 'slackUser' as const, userId: 'UALICE' }],
  ])('refuses a member who clicks Next on %s an admin was shown, and fetches nothing', async (_what, audience) => {
    const service = fakeService();
    const deps = listenerDeps(service, fakeAccess(users, ['UADMIN']));
    const { args, replies } = clickArgs(ACTION_NEXT, encodeListState({ ...state, audience }), 'UBOB');
    await pageAction(deps)(args as unknown as ClickArgs);
    expect(textOf(replies[0])).toMatch(/Only Call Log admins can see/);
    expect(replies[0]).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expect(service.calls).not.toHaveBeenCalled();
    expect(deps.access.link).not.toHaveBeenCalled();
  });

  it('ignores a malformed button value with a log line, and answers nothing', async () => {
    const deps = listenerDeps(fakeService(), fakeAccess(users));
    const { args, replies } = clickArgs(ACTION_NEXT, '{"page":"x"}', 'UALICE');
    await pageAction(deps)(args as unknown as ClickArgs);
    expect(args.ack).toHaveBeenCalled();
    expect(replies).toEqual([]);
    expect(deps.service.calls).not.toHaveBeenCalled();
    expect(deps.logs.join('\n')).toMatch(/WARN.*UALICE.*not a list state/);
  });

  it('tells an unlinked clicker so, without replacing the message they clicked', async () => {
    const deps = listenerDeps(fakeService(), fakeAccess(users));
    const { args, replies } = clickArgs(ACTION_NEXT, encodeListState(state), 'UCAROL');
    await pageAction(deps)(args as unknown as ClickArgs);
    expect(deps.service.calls).not.toHaveBeenCalled();
    expect(replies[0]).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
  });
});

describe('Share in channel', () => {
  it("posts the clicking user's summary for the channel, without call rows or buttons", async () => {
    const deps = listenerDeps(fakeService({ calls: vi.fn(async () => callsResult(4)) }), fakeAccess(users));
    const { args, replies } = clickArgs(ACTION_SHARE, encodeListState({ ...state, page: 0 }), 'UALICE');
    await shareAction(deps)(args as unknown as ClickArgs);
    expect(replies[0]).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const text = textOf(replies[0]);
    expect(text).toContain('UALICE');
    expect(text).not.toContain('+1415555');
    expect(text).not.toContain('"actions"');
  });

  it('keeps a failure private even though the answer would have been public', async () => {
    const calls = vi.fn(async () => Promise.reject(new MissingPermissionError('ReadCallLog', 'extensionCallLog')));
    const deps = listenerDeps(fakeService({ calls }), fakeAccess(users));
    const { args, replies } = clickArgs(ACTION_SHARE, encodeListState(state), 'UALICE');
    await shareAction(deps)(args as unknown as ClickArgs);
    expect(replies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(replies[0])).toContain('ReadCallLog');
  });
});
