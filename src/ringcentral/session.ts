// The bot's RingCentral session: JWT login, refresh and logout stay the SDK's (the token calls it makes are
// passed in, already wrapped in the Auth group's throttle and rate-limit waits). One login and one renewal at
// a time, and a generation number per token, so a late 401 for a token already replaced does not renew again.
import {
  RingCentralHttpError,
  RingCentralLoginError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
} from './errors.js';
import type { ClientLog } from './pipeline.js';
import type { RenewableSession } from './renew-on-unauthorized.js';
import type { AccessToken } from './send.js';

/** The parts of the SDK's Platform the session reads. */
export interface SessionPlatform {
  auth(): {
    data(): Promise<{
      scope?: string;
      owner_id?: string;
      expires_in?: string | number;
      refresh_token_expires_in?: string | number;
    }>;
    accessTokenValid(): Promise<boolean>;
    refreshTokenValid(): Promise<boolean>;
  };
  authHeader(): Promise<string>;
  logout(): Promise<unknown>;
}

export interface SessionOptions {
  platform: SessionPlatform;
  /** The SDK's JWT login through its pipeline; throws the client's errors. */
  login: () => Promise<unknown>;
  /** The SDK's refresh through its pipeline; throws the client's errors. */
  refresh: () => Promise<unknown>;
  log: ClientLog;
  /** The clock expiry times are counted on; default Date.now. */
  now?: () => number;
}

/** When the current token stops working, as counted from the token response's `expires_in` fields. */
export interface TokenExpiry {
  accessTokenExpiresAt: Date;
  /** Absent when the token response gave no refresh token lifetime. */
  refreshTokenExpiresAt?: Date;
}

export interface Session extends RenewableSession {
  /** JWT login even with a session; throws RingCentralLoginError if RingCentral refuses. */
  login(): Promise<void>;
  /** Logs in unless a session exists already; a closed session refuses. */
  ensureLoggedIn(): Promise<void>;
  /** The token to send now; waits for a renewal in progress, so its answer is not a 401 for the old one. */
  token(): Promise<AccessToken>;
  grantedScopes(): ReadonlySet<string>;
  ownerId(): string | undefined;
  /** Undefined before the first login. */
  tokenExpiry(): TokenExpiry | undefined;
  /** Revokes the token; the session stays closed. */
  close(): Promise<void>;
}

const TOKEN_PATH = '/restapi/oauth/token';

export function createSession({
  platform,
  login: sendLogin,
  refresh: sendRefresh,
  log,
  now = Date.now,
}: SessionOptions): Session {
  let scopes: ReadonlySet<string> = new Set();
  let owner: string | undefined;
  let expiry: TokenExpiry | undefined;
  /** Bumped on every new token. */
  let generation = 0;
  let loggedIn = false;
  let closed = false;
  let loggingIn: Promise<void> | undefined;
  let renewing: Promise<void> | undefined;

  async function remember(): Promise<void> {
    const data = await platform.auth().data();
    scopes = new Set((data.scope ?? '').split(/\s+/).filter(Boolean));
    owner = data.owner_id === undefined ? undefined : String(data.owner_id);
    expiry = expiryOf(data, now());
    generation += 1;
    loggedIn = true;
  }

  async function login(): Promise<void> {
    try {
      await sendLogin();
    } catch (error) {
      loggedIn = false;
      // A 5xx is RingCentral in trouble, not a refusal: it stays an HTTP error (try again later), not a login error
      // (an admin must fix the credentials).
      if (
        error instanceof RingCentralHttpError &&
        !(error instanceof RingCentralRateLimitError) &&
        error.status < 500
      ) {
        throw new RingCentralLoginError(error.status, error.body, error.headers);
      }
      throw error;
    }
    await remember();
    log.info('Logged in to RingCentral', { ownerId: owner, scopes: [...scopes].join(' ') });
  }

  /** Refresh if the refresh token still works; otherwise (revoked, already used, expired) log in with the JWT. */
  async function renew(): Promise<void> {
    if (await platform.auth().refreshTokenValid()) {
      try {
        await sendRefresh();
        await remember();
        return;
      } catch (error) {
        if (error instanceof RingCentralRateLimitError) throw error;
        log.info('RingCentral token refresh failed; logging in again with the JWT', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    await login();
  }

  function sharedLogin(): Promise<void> {
    loggingIn ??= login().finally(() => {
      loggingIn = undefined;
    });
    return loggingIn;
  }

  function sharedRenewal(): Promise<void> {
    renewing ??= renew().finally(() => {
      renewing = undefined;
    });
    return renewing;
  }

  function ensureLoggedIn(): Promise<void> {
    if (closed) return Promise.reject(new RingCentralNetworkError('the RingCentral client is closed', TOKEN_PATH));
    if (loggedIn) return Promise.resolve();
    return sharedLogin();
  }

  return {
    login: () => (closed ? ensureLoggedIn() : sharedLogin()),
    ensureLoggedIn,

    async ready() {
      if (renewing) await renewing;
      if (!loggedIn) return ensureLoggedIn();
      if (await platform.auth().accessTokenValid()) return;
      await sharedRenewal();
    },

    async token() {
      if (renewing) await renewing.catch(() => undefined); // its failure is reported to whoever asked for it
      // Read first: if a renewal lands during the read, a 401 is taken for the older token, never a reason to renew
      // the fresh one (which would kill it for every request already carrying it).
      const current = generation;
      return { authorization: await platform.authHeader(), generation: current };
    },

    renew(refusedGeneration) {
      if (refusedGeneration !== generation) return Promise.resolve(); // someone renewed meanwhile
      return sharedRenewal();
    },

    grantedScopes: () => scopes,
    ownerId: () => owner,
    tokenExpiry: () => expiry,

    async close() {
      closed = true;
      if (!loggedIn) return;
      loggedIn = false;
      try {
        await platform.logout();
      } catch (error) {
        log.warn('RingCentral logout failed', { error: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}

/** Read right after the token response, so `expires_in` (seconds) counts from now. */
function expiryOf(
  data: { expires_in?: string | number; refresh_token_expires_in?: string | number },
  at: number,
): TokenExpiry | undefined {
  const seconds = (value: string | number | undefined): number | undefined => {
    const n = Number(value);
    return value === undefined || value === '' || !Number.isFinite(n) || n <= 0 ? undefined : n;
  };
  const access = seconds(data.expires_in);
  if (access === undefined) return undefined;
  const refresh = seconds(data.refresh_token_expires_in);
  return {
    accessTokenExpiresAt: new Date(at + access * 1000),
    ...(refresh === undefined ? {} : { refreshTokenExpiresAt: new Date(at + refresh * 1000) }),
  };
}
