// Plain-fetch helpers for talking to the sandbox in tests (deliberately not @ringcentral/sdk: the sandbox is
// the oracle and must stand on its own).
import type { Sandbox } from '../../../src/sandbox/index.js';

export const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Wednesday 2025-03-12, 11:30 in New York: mid business day. */
export const MIDDAY = Date.parse('2025-03-12T15:30:00Z');

/** A clock tests move by hand. */
export function manualClock(start = MIDDAY) {
  let now = start;
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
    set: (ms: number) => {
      now = ms;
    },
    ms: () => now,
  };
}

export function basicAuth(sandbox: Sandbox, secret = sandbox.credentials.clientSecret): string {
  return `Basic ${Buffer.from(`${sandbox.credentials.clientId}:${secret}`).toString('base64')}`;
}

export function tokenRequest(sandbox: Sandbox, form: Record<string, string>, authorization = basicAuth(sandbox)) {
  return fetch(`${sandbox.url}/restapi/oauth/token`, {
    method: 'POST',
    headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_token_expires_in: number;
  scope: string;
  owner_id: string;
}

export async function login(
  sandbox: Sandbox,
  jwt = sandbox.credentials.jwt,
  extra: Record<string, string> = {},
): Promise<Tokens> {
  const response = await tokenRequest(sandbox, { grant_type: JWT_GRANT, assertion: jwt, ...extra });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Tokens;
}

/** GET a path (or absolute URI) with a bearer token. */
export function get(sandbox: Sandbox, token: string | undefined, path: string, headers: Record<string, string> = {}) {
  const url = path.startsWith('http') ? path : `${sandbox.url}${path}`;
  return fetch(url, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
}

export async function getJson<T = Record<string, unknown>>(
  sandbox: Sandbox,
  token: string,
  path: string,
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await get(sandbox, token, path);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** Generous limits so tests that are not about throttling never meet it. */
export const NO_THROTTLE = {
  Heavy: { limit: 100_000, windowSec: 60, penaltySec: 60 },
  Medium: { limit: 100_000, windowSec: 60, penaltySec: 60 },
  Light: { limit: 100_000, windowSec: 60, penaltySec: 60 },
  Auth: { limit: 100_000, windowSec: 60, penaltySec: 60 },
};
