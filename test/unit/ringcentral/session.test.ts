import { describe, expect, it } from 'vitest';
import {
  RingCentralHttpError,
  RingCentralLoginError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
} from '../../../src/ringcentral/errors.js';
import { createSession, type SessionPlatform } from '../../../src/ringcentral/session.js';
import { recordingLog, thrown } from './pipeline-fakes.js';

/** The SDK's side of things: token data in storage, and login/refresh that replace it. */
function setup(options: { login?: () => Promise<void>; refresh?: () => Promise<void>; now?: () => number } = {}) {
  let issued = 0;
  const state = { token: '', scope: '', owner: '101', accessValid: true, refreshValid: true };
  const calls = { login: 0, refresh: 0, logout: 0 };
  const issue = () => {
    issued += 1;
    state.token = `token-${issued}`;
    state.scope = 'ReadCallLog ReadAccounts';
  };
  const platform: SessionPlatform = {
    auth: () => ({
      // The SDK keeps the token response's fields as sent: lifetimes in seconds, as strings or numbers.
      data: async () => ({
        scope: state.scope,
        owner_id: state.owner,
        expires_in: '3600',
        refresh_token_expires_in: 604800,
      }),
      accessTokenValid: async () => state.accessValid,
      refreshTokenValid: async () => state.refreshValid,
    }),
    authHeader: async () => `bearer ${state.token}`,
    logout: async () => {
      calls.logout += 1;
    },
  };
  const session = createSession({
    platform,
    login: async () => {
      calls.login += 1;
      await options.login?.();
      issue();
    },
    refresh: async () => {
      calls.refresh += 1;
      await options.refresh?.();
      issue();
    },
    log: recordingLog(),
    ...(options.now ? { now: options.now } : {}),
  });
  return { session, state, calls };
}

/** A promise the test settles when it wants to. */
function gate() {
  let open: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('the RingCentral session', () => {
  it('requests that find no session share one login, and learn the scopes and the owner from the token', async () => {
    const { session, calls } = setup();
    await Promise.all([session.ready(), session.ready(), session.ensureLoggedIn()]);
    expect(calls.login).toBe(1);
    expect([...session.grantedScopes()].sort()).toEqual(['ReadAccounts', 'ReadCallLog']);
    expect(session.ownerId()).toBe('101');
    expect(await session.token()).toEqual({ authorization: 'bearer token-1', generation: 1 });
  });

  it("knows when the current tokens expire, counted from each token response on the client's clock", async () => {
    let now = Date.parse('2026-03-10T12:00:00Z');
    const { session } = setup({ now: () => now });
    expect(session.tokenExpiry()).toBeUndefined();
    await session.login();
    expect(session.tokenExpiry()).toEqual({
      accessTokenExpiresAt: new Date('2026-03-10T13:00:00Z'),
      refreshTokenExpiresAt: new Date('2026-03-17T12:00:00Z'),
    });
    now = Date.parse('2026-03-10T12:50:00Z');
    await session.renew(1);
    expect(session.tokenExpiry()?.accessTokenExpiresAt).toEqual(new Date('2026-03-10T13:50:00Z'));
  });

  it('a refused login is a RingCentralLoginError; a rate-limited or unreachable one keeps its own error', async () => {
    const body = { error: 'invalid_grant', errorCode: 'OAU-140' };
    const refused = setup({ login: () => Promise.reject(new RingCentralHttpError(400, body, {}, '/t')) });
    const error = await thrown(refused.session.login());
    expect(error).toBeInstanceOf(RingCentralLoginError);
    expect(error).toMatchObject({ status: 400, body });

    const limited = new RingCentralRateLimitError({}, {}, '/t', 'Auth', 60_000);
    expect(await thrown(setup({ login: () => Promise.reject(limited) }).session.login())).toBe(limited);
    const troubled = new RingCentralHttpError(503, { errorCode: 'CMN-211' }, {}, '/t');
    const unavailable = await thrown(setup({ login: () => Promise.reject(troubled) }).session.login());
    expect(unavailable).toBe(troubled); // RingCentral in trouble, not the credentials refused
    expect(unavailable).not.toBeInstanceOf(RingCentralLoginError);
    const lost = new RingCentralNetworkError('down', '/t');
    expect(await thrown(setup({ login: () => Promise.reject(lost) }).session.login())).toBe(lost);
  });

  it('renews by refresh while the refresh token is valid, else by a JWT login', async () => {
    const { session, state, calls } = setup();
    await session.login();
    await session.renew(1);
    expect(calls).toMatchObject({ login: 1, refresh: 1 });
    state.refreshValid = false;
    await session.renew(2);
    expect(calls).toMatchObject({ login: 2, refresh: 1 });
    expect((await session.token()).generation).toBe(3);
  });

  it('a failed refresh falls back to the JWT login; a rate-limited one does not', async () => {
    let refreshFailure: Error = new RingCentralHttpError(400, { error: 'invalid_grant' }, {}, '/t');
    const { session, calls } = setup({ refresh: () => Promise.reject(refreshFailure) });
    await session.login();
    await session.renew(1);
    expect(calls).toMatchObject({ refresh: 1, login: 2 });

    refreshFailure = new RingCentralRateLimitError({}, {}, '/t', 'Auth', 60_000);
    expect(await thrown(session.renew(2))).toBe(refreshFailure);
    expect(calls).toMatchObject({ refresh: 2, login: 2 });
  });

  it('requests refused with the same token share one renewal; a late 401 for a replaced token renews nothing', async () => {
    const { session, calls } = setup();
    await session.login();
    await Promise.all([session.renew(1), session.renew(1), session.renew(1)]);
    expect(calls.refresh).toBe(1);
    await session.renew(1); // generation 2 is current now
    expect(calls.refresh).toBe(1);
  });

  it('the token handed out during a renewal is the new one', async () => {
    const held = gate();
    const { session } = setup({ refresh: () => held.promise });
    await session.login();
    const renewal = session.renew(1);
    const token = session.token();
    held.open();
    await renewal;
    expect(await token).toEqual({ authorization: 'bearer token-2', generation: 2 });
  });

  it('renews a token that is about to expire before a request leaves', async () => {
    const { session, state, calls } = setup();
    await session.login();
    state.accessValid = false;
    await session.ready();
    expect(calls.refresh).toBe(1);
  });

  it('once closed, logs out once and refuses to log in again', async () => {
    const { session, calls } = setup();
    await session.login();
    await session.close();
    await session.close();
    expect(calls.logout).toBe(1);
    expect(await thrown(session.ensureLoggedIn())).toBeInstanceOf(RingCentralNetworkError);
    expect(await thrown(session.login())).toBeInstanceOf(RingCentralNetworkError);
    expect(calls.login).toBe(1);
  });
});
