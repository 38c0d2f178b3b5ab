// OAuth grants, token lifetimes, revocation and per-route app permissions (scopes).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingReadyAt, type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import {
  basicAuth,
  get,
  getJson,
  JWT_GRANT,
  login,
  manualClock,
  NO_THROTTLE,
  tokenRequest,
} from '../unit/sandbox/sandbox-client.js';

let sandbox: Sandbox;
const clock = manualClock();
const ME = '/restapi/v1.0/account/~/extension/~';

beforeEach(async () => {
  clock.set(Date.parse('2025-03-12T15:30:00Z'));
  sandbox = await startSandbox({ now: clock.now, rateLimits: NO_THROTTLE, historyDays: 2, quiet: true });
});
afterEach(() => sandbox.close());

describe('token endpoint', () => {
  it('logs in with the JWT grant and says which permissions the app holds', async () => {
    const tokens = await login(sandbox);
    expect(tokens).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token_expires_in: 604_800,
      scope: 'ReadCallLog ReadCallRecording ReadAccounts',
      owner_id: sandbox.company.extensions[0]?.id,
    });
    expect((await get(sandbox, tokens.access_token, ME)).status).toBe(200);
  });

  it('issues JWT credentials for any extension', async () => {
    const other = sandbox.company.extensions[3]?.id ?? '';
    expect((await login(sandbox, sandbox.jwtFor(other))).owner_id).toBe(other);
  });

  it('refuses a wrong client secret with 401 invalid_client', async () => {
    const response = await tokenRequest(
      sandbox,
      { grant_type: JWT_GRANT, assertion: sandbox.credentials.jwt },
      basicAuth(sandbox, 'wrong'),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: 'invalid_client',
      errors: [{ errorCode: expect.stringMatching(/^OAU-/) }],
    });
  });

  it('refuses a JWT it did not sign with 400 invalid_grant', async () => {
    const [header, payload] = sandbox.credentials.jwt.split('.');
    const response = await tokenRequest(sandbox, { grant_type: JWT_GRANT, assertion: `${header}.${payload}.forged` });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses an unknown grant type', async () => {
    const response = await tokenRequest(sandbox, { grant_type: 'password', username: 'x', password: 'y' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it.each([
    ['60', 600],
    ['1800', 1800],
    ['86400', 3600],
    ['-1', 3600],
  ])('access_token_ttl=%s gives expires_in %i', async (ttl, expiresIn) => {
    expect((await login(sandbox, undefined, { access_token_ttl: ttl })).expires_in).toBe(expiresIn);
  });

  it('a refresh token works once; the second use is 400 invalid_grant', async () => {
    const first = await login(sandbox);
    const refreshed = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      access_token_ttl: '-1',
    });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { access_token: string; expires_in: number };
    expect(body.expires_in).toBe(3600);
    expect((await get(sandbox, body.access_token, ME)).status).toBe(200);
    const again = await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('refresh retires the old access token', () => {
  it('the access token a refresh replaced answers 401 at once, while its TTL has not run out', async () => {
    const first = await login(sandbox);
    expect((await get(sandbox, first.access_token, ME)).status).toBe(200);
    const refreshed = await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { access_token: string };
    expect((await get(sandbox, first.access_token, ME)).status).toBe(401);
    expect((await get(sandbox, body.access_token, ME)).status).toBe(200);
  });

  it('an app without refresh tokens gets none, and its access token works', async () => {
    const bare = await startSandbox({
      now: clock.now,
      rateLimits: NO_THROTTLE,
      historyDays: 1,
      quiet: true,
      refreshTokens: false,
    });
    try {
      const response = await tokenRequest(bare, { grant_type: JWT_GRANT, assertion: bare.credentials.jwt });
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).not.toHaveProperty('refresh_token');
      expect(body).not.toHaveProperty('refresh_token_expires_in');
      expect((await get(bare, String(body.access_token), ME)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});

describe('access tokens on API routes', () => {
  it("no Authorization header is 401 AGW-401, the API gateway's refusal", async () => {
    const response = await get(sandbox, undefined, ME);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 'AGW-401', errors: [{ errorCode: 'AGW-401' }] });
  });

  it('an unknown token is 401 TokenInvalid OAU-213', async () => {
    const response = await get(sandbox, 'made-up', ME);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errorCode: 'TokenInvalid',
      message: 'Token not found',
      errors: [{ errorCode: 'OAU-213', message: 'Token not found' }],
    });
  });

  it('an access token past its TTL is 401 OAU-128; its refresh token still works', async () => {
    const tokens = await login(sandbox, undefined, { access_token_ttl: '600' });
    clock.advance(600_000);
    const response = await get(sandbox, tokens.access_token, ME);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 'TokenInvalid', errors: [{ errorCode: 'OAU-128' }] });
    expect(
      (await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).status,
    ).toBe(200);
  });

  it('expireAccessTokens() expires every issued access token at once, refresh still works', async () => {
    const tokens = await login(sandbox);
    sandbox.expireAccessTokens();
    expect((await getJson(sandbox, tokens.access_token, ME)).body).toMatchObject({
      errors: [{ errorCode: 'OAU-128' }],
    });
    expect(
      (await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).status,
    ).toBe(200);
  });

  it('revokeSession() kills access and refresh tokens; a fresh JWT login works', async () => {
    const tokens = await login(sandbox);
    sandbox.revokeSession();
    expect((await getJson(sandbox, tokens.access_token, ME)).body).toMatchObject({
      errors: [{ errorCode: 'OAU-213' }],
    });
    expect(
      (await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).status,
    ).toBe(400);
    expect((await get(sandbox, (await login(sandbox)).access_token, ME)).status).toBe(200);
  });

  it('POST /restapi/oauth/revoke ends the session the token belongs to', async () => {
    const tokens = await login(sandbox);
    const other = await login(sandbox);
    const response = await fetch(`${sandbox.url}/restapi/oauth/revoke`, {
      method: 'POST',
      headers: { Authorization: basicAuth(sandbox), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.access_token }),
    });
    expect(response.status).toBe(200);
    expect((await get(sandbox, tokens.access_token, ME)).status).toBe(401);
    expect(
      (await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).status,
    ).toBe(400);
    expect((await get(sandbox, other.access_token, ME)).status).toBe(200);
  });
});

describe('app permissions (scopes)', () => {
  const recordingId = () =>
    sandbox.company.records.find((r) => r.recording && recordingReadyAt(r) < clock.ms())?.recording?.id;
  const seedBody = (permission: string) => ({
    errorCode: 'InsufficientPermissions',
    message: `In order to call this API endpoint, application needs to have [${permission}] permission`,
    errors: [
      {
        errorCode: 'CMN-401',
        message: `In order to call this API endpoint, application needs to have [${permission}] permission`,
        permissionName: permission,
      },
    ],
    permissionName: permission,
  });

  it.each<[string, string[], () => string, string]>([
    [
      'active calls',
      ['ReadCallRecording', 'ReadAccounts'],
      () => '/restapi/v1.0/account/~/extension/~/active-calls',
      'ReadCallLog',
    ],
    ['company active calls', ['ReadAccounts'], () => '/restapi/v1.0/account/~/active-calls', 'ReadCallLog'],
    [
      'company call log',
      ['ReadCallRecording', 'ReadAccounts'],
      () => '/restapi/v1.0/account/~/call-log',
      'ReadCallLog',
    ],
    ['extension call log', ['ReadAccounts'], () => '/restapi/v1.0/account/~/extension/~/call-log', 'ReadCallLog'],
    [
      'recording metadata without ReadCallLog',
      ['ReadCallRecording'],
      () => `/restapi/v1.0/account/~/recording/${recordingId()}`,
      'ReadCallLog',
    ],
    [
      'recording metadata without ReadCallRecording',
      ['ReadCallLog'],
      () => `/restapi/v1.0/account/~/recording/${recordingId()}`,
      'ReadCallRecording',
    ],
    [
      'recording content',
      ['ReadCallLog', 'ReadAccounts'],
      () => `/restapi/v1.0/account/~/recording/${recordingId()}/content`,
      'ReadCallRecording',
    ],
    [
      'extension lookup by email',
      ['ReadCallLog'],
      () => '/restapi/v1.0/account/~/extension?email=x@y.z',
      'ReadAccounts',
    ],
    ['own extension', ['ReadCallLog', 'ReadCallRecording'], () => ME, 'ReadAccounts'],
  ])('%s is 403 CMN-401 naming the missing permission', async (_name, granted, path, missing) => {
    const tokens = await login(sandbox);
    sandbox.setScopes(granted);
    const { status, body } = await getJson(sandbox, tokens.access_token, path());
    expect(status).toBe(403);
    expect(body).toEqual(seedBody(missing));
  });

  it('recording content needs ReadCallRecording only', async () => {
    sandbox.setScopes(['ReadCallRecording']);
    const tokens = await login(sandbox);
    expect(
      (
        await get(sandbox, tokens.access_token, `/restapi/v1.0/account/~/recording/${recordingId()}/content`, {
          Range: 'bytes=0-9',
        })
      ).status,
    ).toBe(206);
  });

  it('enforcement changes at once while earlier tokens keep their old scope string', async () => {
    const before = await login(sandbox);
    sandbox.setScopes(['ReadAccounts']);
    expect(before.scope).toContain('ReadCallLog');
    expect((await get(sandbox, before.access_token, '/restapi/v1.0/account/~/call-log')).status).toBe(403);
    expect((await login(sandbox)).scope).toBe('ReadAccounts');
  });

  it('is checked before the user permission and before the resource exists', async () => {
    const user = await login(sandbox, sandbox.jwtFor(sandbox.company.extensions[1]?.id ?? ''));
    sandbox.setScopes(['ReadAccounts']);
    expect((await getJson(sandbox, user.access_token, '/restapi/v1.0/account/~/call-log')).body).toMatchObject({
      errors: [{ errorCode: 'CMN-401' }],
    });
    sandbox.setScopes(['ReadCallLog']);
    expect((await getJson(sandbox, user.access_token, '/restapi/v1.0/account/~/recording/0')).body).toMatchObject({
      errors: [{ errorCode: 'CMN-401' }],
    });
  });
});
