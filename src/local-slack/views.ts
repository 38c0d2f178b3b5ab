// views.publish (Slack docs: "views.publish", "Home tab views"): an App Home view for a user the workspace
// knows. Slack takes only a `home` view with a blocks array, refuses a stale `hash` (hash_conflict), and refuses a
// view that breaks Block Kit's limits (invalid_arguments, with the reasons in response_metadata); the owner's
// `checkView` says what breaks them. Every attempt is recorded, and each user's current view is kept: publishing
// again replaces it.
import { randomBytes } from 'node:crypto';
import { stringField } from './request-body.js';
import type { PublishedView, SlackUser } from './types.js';
import type { WebApiMethod } from './web-api.js';
import { EMULATED_APP_ID, EMULATED_BOT, EMULATED_TEAM } from './workspace.js';

export interface ViewStore {
  readonly published: PublishedView[];
  /** The view a user sees on their Home tab now, as views.publish answered it; undefined before the first. */
  current(userId: string): Record<string, unknown> | undefined;
  waitFor(matches: (published: PublishedView) => boolean, timeoutMs?: number): Promise<PublishedView>;
  methods: Record<string, WebApiMethod>;
  close(): void;
}

export function createViewStore(
  users: ReadonlyMap<string, SlackUser>,
  checkView?: (view: Record<string, unknown>) => string[],
): ViewStore {
  const published: PublishedView[] = [];
  const current = new Map<string, Record<string, unknown>>();
  const listeners = new Set<(published: PublishedView) => void>();
  let hashes = 0;

  const record = (entry: PublishedView): void => {
    published.push(entry);
    for (const listener of [...listeners]) listener(entry);
  };

  const publish: WebApiMethod = (args) => {
    const userId = stringField(args, 'user_id');
    if (!userId || !users.has(userId)) return { ok: false, error: 'user_not_found' };
    const view = args.view;
    if (typeof view !== 'object' || view === null || Array.isArray(view)) return invalid(['view is required']);
    const given = view as Record<string, unknown>;
    const structural = [
      ...(given.type === 'home'
        ? []
        : [`view.type must be "home" for views.publish, not ${JSON.stringify(given.type)}`]),
      ...(Array.isArray(given.blocks) ? [] : ['view.blocks must be an array']),
    ];
    const violations = [...structural, ...(structural.length === 0 ? (checkView?.(given) ?? []) : [])];
    const before = current.get(userId);
    const hash = stringField(args, 'hash');
    if (hash !== undefined && before !== undefined && hash !== before.hash)
      return { ok: false, error: 'hash_conflict' };
    record({ userId, view: given, at: new Date(), violations, accepted: violations.length === 0 });
    if (violations.length > 0) return invalid(violations);
    hashes += 1;
    const id = typeof before?.id === 'string' ? before.id : `V${randomBytes(4).toString('hex').toUpperCase()}`;
    const stored: Record<string, unknown> = {
      id,
      team_id: EMULATED_TEAM.id,
      type: 'home',
      blocks: given.blocks,
      private_metadata: given.private_metadata ?? '',
      callback_id: given.callback_id ?? '',
      state: { values: {} },
      hash: `${Math.floor(Date.now() / 1000)}.${String(hashes).padStart(8, '0')}`,
      clear_on_close: false,
      notify_on_close: false,
      root_view_id: id,
      app_id: EMULATED_APP_ID,
      external_id: given.external_id ?? '',
      app_installed_team_id: EMULATED_TEAM.id,
      bot_id: EMULATED_BOT.botId,
    };
    current.set(userId, stored);
    return { ok: true, view: stored };
  };

  return {
    published,
    current: (userId) => current.get(userId),
    waitFor(matches, timeoutMs = 5000) {
      const already = published.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no matching views.publish within ${timeoutMs} ms (${published.length} recorded)`));
        }, timeoutMs);
        const listener = (entry: PublishedView): void => {
          if (!matches(entry)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(entry);
        };
        listeners.add(listener);
      });
    },
    methods: { 'views.publish': publish },
    close: () => listeners.clear(),
  };
}

function invalid(messages: string[]) {
  return {
    ok: false,
    error: 'invalid_arguments',
    response_metadata: { messages: messages.map((m) => `[ERROR] ${m}`) },
  };
}
