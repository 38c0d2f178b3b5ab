// app_home_opened → views.publish of that user's Home tab. The event is acknowledged by Bolt at once; the tab
// is published afterwards. Slack resends an event it believes lost (same event_id): the resend joins the first
// delivery's work instead of asking RingCentral again, and views.publish replaces the view, so nothing doubles.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { HomeView } from '@slack/types';
import { answerHome } from '../../answers/index.js';
import { renderHomeFailure } from '../../blocks/index.js';
import { TtlCache } from '../../service/ttl-cache.js';
import type { ListenerDeps } from '../deps.js';
import { failureMessage } from '../failure.js';

/** Slack retries for about five minutes; an event id is remembered a little longer. */
const REMEMBER_EVENTS_MS = 10 * 60_000;

export function appHomeOpened(deps: ListenerDeps) {
  const seen = new TtlCache<void>({ ttlMs: REMEMBER_EVENTS_MS });
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    // The Messages tab fires the same event; only the Home tab shows a view.
    if (event.tab !== 'home') return;
    const userId = event.user;
    const key = body.event_id || `${userId}:${event.event_ts}`;
    // A failed publish is forgotten by the cache, so Slack's resend of that event tries again.
    const { value } = seen.get(key, () =>
      publishHome(deps, userId, (view) => client.views.publish({ user_id: userId, view })),
    );
    try {
      await value;
    } catch (error) {
      deps.logger.error(`Could not publish the App Home of ${userId}:`, error instanceof Error ? error.message : error);
    }
  };
}

async function publishHome(deps: ListenerDeps, userId: string, publish: (view: HomeView) => Promise<unknown>) {
  const explain = (error: unknown) => failureMessage(error, { userId, request: 'App Home' }, deps.logger);
  let view: HomeView;
  try {
    view = await answerHome(deps, userId, explain);
  } catch (error) {
    view = renderHomeFailure(explain(error));
  }
  await publish(view);
}
