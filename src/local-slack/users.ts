// users.info: a person as Slack describes them, with `tz` / `tz_offset` only for those who set a zone and
// `profile.email` only for those who have one (and, in real Slack, only with users:read.email).
import { stringField } from './request-body.js';
import type { SlackUser } from './types.js';
import type { WebApiMethod } from './web-api.js';
import { EMULATED_TEAM } from './workspace.js';

export function usersMethods(users: ReadonlyMap<string, SlackUser>): Record<string, WebApiMethod> {
  return {
    'users.info': (args) => {
      const user = users.get(stringField(args, 'user') ?? '');
      return user ? { ok: true, user: slackUserObject(user) } : { ok: false, error: 'user_not_found' };
    },
  };
}

function slackUserObject(user: SlackUser): Record<string, unknown> {
  const offsetSec = user.tz ? zoneOffsetSeconds(user.tz, new Date()) : 0;
  return {
    id: user.id,
    team_id: EMULATED_TEAM.id,
    name: user.name,
    deleted: false,
    real_name: user.realName,
    is_bot: user.isBot ?? false,
    ...(user.tz ? { tz: user.tz, tz_label: user.tz, tz_offset: offsetSec } : {}),
    profile: {
      real_name: user.realName,
      display_name: user.name,
      ...(user.email ? { email: user.email } : {}),
    },
  };
}

/** The zone's offset from UTC at `at`, in seconds, as `tz_offset` reports it. */
export function zoneOffsetSeconds(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60;
  return match[1] === '-' ? -seconds : seconds;
}
