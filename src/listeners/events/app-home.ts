// app_home_opened → views.publish of that user's Home tab. Bolt acknowledges the event at once; the tab is
// published afterwards, once per event (a resend from Slack, with the same event_id, does not publish again).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { createHomePublisher } from '../../answers/index.js';
import type { ListenerDeps } from '../deps.js';
import { failureMessage } from '../failure.js';

export function appHomeOpened(deps: ListenerDeps) {
  const publishHome = createHomePublisher(deps);
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    // The Messages tab fires the same event; only the Home tab shows a view.
    if (event.tab !== 'home') return;
    const userId = event.user;
    const explain = (error: unknown) => failureMessage(error, { userId, request: 'App Home' }, deps.logger);
    try {
      await publishHome(body.event_id || `${userId}:${event.event_ts}`, userId, explain, (view) =>
        client.views.publish({ user_id: userId, view }),
      );
    } catch (error) {
      deps.logger.error(`Could not publish the App Home of ${userId}:`, error instanceof Error ? error.message : error);
    }
  };
}
