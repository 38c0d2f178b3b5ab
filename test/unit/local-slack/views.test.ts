import { describe, expect, it } from 'vitest';
import { appHomeOpenedEnvelope } from '../../../src/local-slack/events.js';
import type { SlackUser } from '../../../src/local-slack/types.js';
import { createViewStore } from '../../../src/local-slack/views.js';

const ann: SlackUser = { id: 'UANN', name: 'ann', realName: 'Ann Example' };
const home = (text = 'hi') => ({ type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });

function views(checkView?: (view: Record<string, unknown>) => string[]) {
  const store = createViewStore(new Map([[ann.id, ann]]), checkView);
  // The answer as a test reads it; `view` is there when ok.
  const publish = (args: Record<string, unknown>) =>
    store.methods['views.publish']?.(args) as { ok: boolean; view: { id: string; hash: string } } & Record<
      string,
      unknown
    >;
  return { store, publish };
}

describe('views.publish', () => {
  it("publishes a user's App Home and answers with the view, given an id and a hash", () => {
    const { publish, store } = views();
    const result = publish({ user_id: 'UANN', view: home() });
    expect(result).toMatchObject({
      ok: true,
      view: {
        type: 'home',
        blocks: home().blocks,
        id: expect.stringMatching(/^V[0-9A-F]{8}$/),
        hash: expect.any(String),
      },
    });
    expect(store.current('UANN')).toEqual(result.view);
  });

  it('publishing again replaces the view, keeping its id, and both calls are recorded', () => {
    const { publish, store } = views();
    const first = publish({ user_id: 'UANN', view: home('one') });
    const second = publish({ user_id: 'UANN', view: home('two') });
    expect(second.view.id).toBe(first.view.id);
    expect(second.view.hash).not.toBe(first.view.hash);
    expect(store.current('UANN')).toMatchObject({ blocks: home('two').blocks });
    expect(store.published.map((p) => p.accepted)).toEqual([true, true]);
  });

  it('refuses an unknown user, a missing view, a view that is not a home view and one without blocks', () => {
    const { publish, store } = views();
    expect(publish({ user_id: 'UNOBODY', view: home() })).toEqual({ ok: false, error: 'user_not_found' });
    expect(publish({ user_id: 'UANN' })).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(publish({ user_id: 'UANN', view: { ...home(), type: 'modal' } })).toMatchObject({
      ok: false,
      error: 'invalid_arguments',
    });
    expect(publish({ user_id: 'UANN', view: { type: 'home' } })).toMatchObject({
      ok: false,
      error: 'invalid_arguments',
    });
    expect(store.current('UANN')).toBeUndefined();
  });

  it("refuses a view the owner's check finds fault with, naming the faults, and keeps the current view", () => {
    const { publish, store } = views((view) => ((view.blocks as unknown[]).length > 1 ? ['too many blocks'] : []));
    publish({ user_id: 'UANN', view: home() });
    const refused = publish({ user_id: 'UANN', view: { type: 'home', blocks: [...home().blocks, ...home().blocks] } });
    expect(refused).toEqual({
      ok: false,
      error: 'invalid_arguments',
      response_metadata: { messages: ['[ERROR] too many blocks'] },
    });
    expect(store.published.at(-1)).toMatchObject({ accepted: false, violations: ['too many blocks'] });
    expect(store.current('UANN')).toMatchObject({ blocks: home().blocks });
  });

  it('refuses a stale hash with hash_conflict', () => {
    const { publish } = views();
    const first = publish({ user_id: 'UANN', view: home('one') });
    publish({ user_id: 'UANN', view: home('two') });
    expect(publish({ user_id: 'UANN', view: home('three'), hash: first.view.hash })).toEqual({
      ok: false,
      error: 'hash_conflict',
    });
  });

  it('lets a waiter see a publish that comes later', async () => {
    const { publish, store } = views();
    const waiting = store.waitFor((p) => p.userId === 'UANN');
    publish({ user_id: 'UANN', view: home() });
    await expect(waiting).resolves.toMatchObject({ userId: 'UANN', accepted: true });
  });
});

describe('the app_home_opened envelope', () => {
  it('is an event_callback with a fresh event id, the tab, and the DM channel of that user', () => {
    const first = appHomeOpenedEnvelope('UANN');
    const second = appHomeOpenedEnvelope('UANN', { tab: 'messages' });
    expect(first).toMatchObject({
      type: 'event_callback',
      event: { type: 'app_home_opened', user: 'UANN', tab: 'home', channel: expect.stringMatching(/^D/) },
    });
    expect(second).toMatchObject({ event: { tab: 'messages' } });
    expect(first.event_id).not.toBe(second.event_id);
    expect((first.event as { channel: string }).channel).toBe((second.event as { channel: string }).channel);
    expect(first.event).not.toHaveProperty('view');
  });
});
