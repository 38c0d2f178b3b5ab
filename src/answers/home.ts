// The App Home of one Slack user: their extension and zone, today's counts, the commands they may use and, for
// admins, the permissions summary. Each part that fails says why in its place, so a home is always published:
// RingCentral down, a missing permission or an unlinked user cost one part, never the whole tab.
import type { HomeView } from '@slack/types';
import type { UserTimeZone } from '../access/user-access.js';
import { type HomePart, renderHome, renderHomeFailure, type SlackMessage } from '../blocks/index.js';
import { resolveWindow } from '../query/window.js';
import { TtlCache } from '../service/ttl-cache.js';
import type { AnswerDeps } from './deps.js';
import { ownExtension } from './own-extension.js';

/** Turns a failure into the private message that explains it (and logs what only the log should hold). */
export type Explain = (error: unknown) => SlackMessage;

const MINUTE_MS = 60_000;
/** Slack resends an event for about five minutes; an event id is remembered a little longer. */
const REMEMBER_EVENTS_MS = 10 * 60_000;

export type PublishView = (view: HomeView) => Promise<unknown>;

/**
 * Publishes a user's home once per Slack event. A resend of the event (same id) joins the first delivery's work
 * rather than asking RingCentral again; a publish that failed is forgotten, so the next resend tries again.
 * views.publish replaces the view, so two openings are harmless too. Rejects only when the publish fails.
 */
export function createHomePublisher(deps: AnswerDeps, rememberMs = REMEMBER_EVENTS_MS) {
  const seen = new TtlCache<void>({ ttlMs: rememberMs });
  return (eventId: string, userId: string, explain: Explain, publish: PublishView): Promise<void> =>
    seen.get(eventId, async () => {
      let view: HomeView;
      try {
        view = await answerHome(deps, userId, explain);
      } catch (error) {
        view = renderHomeFailure(explain(error));
      }
      await publish(view);
    }).value;
}

export async function answerHome(deps: AnswerDeps, userId: string, explain: Explain): Promise<HomeView> {
  const isAdmin = deps.access.isAdmin(userId);
  const attempt = async <T>(work: () => Promise<T>): Promise<HomePart<T>> => {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      return { ok: false, explanation: explain(error) };
    }
  };
  // Slack resends an event it thinks was lost and people reopen the tab: counting up to the start of this minute
  // lets the service's cache answer those instead of RingCentral's Heavy budget, shared by the whole bot.
  const asOf = new Date(Math.floor(deps.now().getTime() / MINUTE_MS) * MINUTE_MS);

  const zone = await attempt(() => deps.access.timeZone(userId));
  const extension = await attempt(() => ownExtension(deps, userId));
  const [today, scopes] = await Promise.all([
    extension.ok && zone.ok ? attempt(() => todayCounts(deps, extension.value.id, zone.value, asOf)) : undefined,
    isAdmin ? attempt(() => deps.service.permissionsReport()) : undefined,
  ]);
  return renderHome({
    slackUserId: userId,
    isAdmin,
    zone,
    extension,
    ...(today ? { today } : {}),
    ...(scopes ? { scopes } : {}),
  });
}

async function todayCounts(deps: AnswerDeps, extensionId: string, zone: UserTimeZone, asOf: Date) {
  const window = resolveWindow({ kind: 'today' }, asOf, zone.timeZone);
  const { summary } = await deps.service.calls({
    from: window.from,
    to: window.to,
    whose: { kind: 'extension', extensionId },
    filters: [],
    timeZone: window.timeZone,
  });
  return { window, summary };
}
