import { describe, expect, it } from 'vitest';
import { createSlackProfileLookup, type SlackUsersApi } from '../../../src/access/slack-profiles.js';
import { SlackApiError } from '../../../src/errors.js';

function usersApi(info: (args: { user: string }) => Promise<unknown>): SlackUsersApi {
  return { users: { info } } as unknown as SlackUsersApi;
}

/** What @slack/web-api throws for `{ ok: false, error }`. */
function platformError(error: string): Error {
  return Object.assign(new Error(`An API error occurred: ${error}`), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error },
  });
}

describe('reading a Slack profile with users.info', () => {
  it('takes the email from user.profile.email and the zone from user.tz', async () => {
    const lookup = createSlackProfileLookup(
      usersApi(async ({ user }) => ({
        ok: true,
        user: { id: user, tz: 'America/Los_Angeles', profile: { email: 'ann@example.com' } },
      })),
    );
    expect(await lookup('UANN')).toEqual({ userId: 'UANN', email: 'ann@example.com', timeZone: 'America/Los_Angeles' });
  });

  it('answers undefined for a user Slack does not know', async () => {
    const lookup = createSlackProfileLookup(usersApi(async () => Promise.reject(platformError('user_not_found'))));
    expect(await lookup('UNOBODY')).toBeUndefined();
  });

  it("turns other Slack failures into a SlackApiError naming Slack's error", async () => {
    const lookup = createSlackProfileLookup(usersApi(async () => Promise.reject(platformError('missing_scope'))));
    const error = await lookup('UANN').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackApiError);
    expect(error).toMatchObject({ method: 'users.info', slackError: 'missing_scope' });
  });

  it('turns an unreachable Slack into a SlackApiError without an error code', async () => {
    const lookup = createSlackProfileLookup(usersApi(async () => Promise.reject(new Error('socket hang up'))));
    const error = await lookup('UANN').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackApiError);
    expect((error as SlackApiError).slackError).toBeUndefined();
    expect((error as SlackApiError).message).toContain('socket hang up');
  });
});
