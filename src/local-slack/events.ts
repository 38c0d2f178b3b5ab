// Events API deliveries (Slack docs: "Events API", "app_home_opened"): the `event_callback` envelope Slack
// POSTs as JSON to the Request URL (or sends as an `events_api` envelope over Socket Mode), with a fresh
// event_id each time an event happens. A resend of the same event keeps its event_id.
import { createHash } from 'node:crypto';
import { EMULATED_APP_ID, EMULATED_BOT, EMULATED_TEAM } from './workspace.js';

export interface AppHomeOpenedOptions {
  /** Default "home"; the Messages tab sends "messages". */
  tab?: 'home' | 'messages';
  /** The user's current Home view, which Slack includes once one was published. */
  view?: Record<string, unknown>;
}

let events = 0;

/** The app's DM channel with a user: stable per user, as Slack's is. */
export function appHomeChannel(userId: string): string {
  return `D${createHash('sha256').update(userId).digest('hex').slice(0, 10).toUpperCase()}`;
}

export function appHomeOpenedEnvelope(userId: string, options: AppHomeOpenedOptions = {}): Record<string, unknown> {
  events += 1;
  const seconds = Math.floor(Date.now() / 1000);
  return {
    token: 'deprecated-verification-token',
    team_id: EMULATED_TEAM.id,
    api_app_id: EMULATED_APP_ID,
    event: {
      type: 'app_home_opened',
      user: userId,
      channel: appHomeChannel(userId),
      tab: options.tab ?? 'home',
      event_ts: `${seconds}.${String(events).padStart(6, '0')}`,
      ...(options.view ? { view: options.view } : {}),
    },
    type: 'event_callback',
    event_id: `Ev${String(seconds).slice(-6)}${String(events).padStart(4, '0')}`,
    event_time: seconds,
    authorizations: [
      {
        enterprise_id: null,
        team_id: EMULATED_TEAM.id,
        user_id: EMULATED_BOT.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
