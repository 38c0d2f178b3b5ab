// What the bot needs to know about a Slack user, from users.info (scopes users:read and users:read.email).
import type { webApi } from '@slack/bolt';
import { SlackApiError } from '../errors.js';

export interface SlackProfile {
  userId: string;
  /** `user.profile.email`; absent without users:read.email or for bots. */
  email?: string;
  /** `user.tz`, an IANA zone name. */
  timeZone?: string;
}

export type SlackUsersApi = Pick<webApi.WebClient, 'users'>;

/** Slack's answer for a user id it does not know, as opposed to Slack being unreachable. */
const UNKNOWN_USER_ERRORS = new Set(['user_not_found', 'user_not_visible']);

/** undefined when Slack does not know the user; a SlackApiError when Slack itself fails. */
export function createSlackProfileLookup(client: SlackUsersApi): (userId: string) => Promise<SlackProfile | undefined> {
  return async (userId) => {
    try {
      const { user } = await client.users.info({ user: userId });
      if (!user) return undefined;
      return {
        userId,
        ...(user.profile?.email ? { email: user.profile.email } : {}),
        ...(user.tz ? { timeZone: user.tz } : {}),
      };
    } catch (error) {
      const code = slackErrorCode(error);
      if (UNKNOWN_USER_ERRORS.has(code ?? '')) return undefined;
      const why = code ?? (error instanceof Error ? error.message : String(error));
      throw new SlackApiError('users.info', `Slack's users.info failed for ${userId}: ${why}`, code, { cause: error });
    }
  };
}

/** The `error` string of a Web API platform error ("user_not_found"), else undefined. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const { data } = error;
  if (typeof data !== 'object' || data === null || !('error' in data)) return undefined;
  return typeof data.error === 'string' ? data.error : undefined;
}
