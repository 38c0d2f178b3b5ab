// OAuth sessions as RingCentral runs them: JWT credentials signed by the sandbox, access tokens that expire,
// single-use refresh tokens, and revocation that kills the whole session. A refresh retires the session's previous
// access token at once (RingCentral's authentication guide, on refreshing tokens), so a request still in flight with
// it gets 401. An app registered without refresh tokens gets none (no refresh_token in its token response; TokenInfo
// in the OpenAPI spec does not require one) and logs in again with its JWT.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEFAULT_ACCESS_TTL_SEC = 3600;
export const DEFAULT_REFRESH_TTL_SEC = 604_800;
const MIN_ACCESS_TTL_SEC = 600;
const MAX_REFRESH_TTL_SEC = 2_592_000;

interface Session {
  id: string;
  ownerId: string;
  endpointId: string;
  revoked: boolean;
  /** The access token last issued in this session: a refresh retires it. */
  accessToken?: string;
}

interface IssuedToken {
  session: Session;
  expiresAt: number;
}

export interface TokenInfo {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  scope: string;
  owner_id: string;
  endpoint_id: string;
  session_id: string;
}

export type AccessCheck = { ok: true; ownerId: string } | { ok: false; reason: 'notFound' | 'expired' };

export interface TokenTtls {
  accessTtlSec: number;
  refreshTtlSec: number;
}

/** `access_token_ttl` is clamped to 600–3600; anything unusable (the SDK sends -1 or NaN) means the default. */
export function ttlsFrom(accessParam: string | undefined, refreshParam: string | undefined): TokenTtls {
  const access = Number(accessParam);
  const refresh = Number(refreshParam);
  return {
    accessTtlSec:
      Number.isFinite(access) && access > 0
        ? Math.min(DEFAULT_ACCESS_TTL_SEC, Math.max(MIN_ACCESS_TTL_SEC, Math.floor(access)))
        : DEFAULT_ACCESS_TTL_SEC,
    refreshTtlSec:
      Number.isFinite(refresh) && refresh > 0
        ? Math.min(MAX_REFRESH_TTL_SEC, Math.floor(refresh))
        : DEFAULT_REFRESH_TTL_SEC,
  };
}

export class TokenStore {
  private readonly access = new Map<string, IssuedToken>();
  private readonly refresh = new Map<string, IssuedToken>();
  private sessionCount = 0;

  constructor(
    private readonly jwtKey: string,
    private readonly now: () => number,
    /** false: the app was registered without refresh tokens. */
    private readonly issueRefreshTokens = true,
  ) {}

  /** A JWT credential for an extension: HS256, signed with the sandbox's key, `sub` = extension id. */
  jwtFor(extensionId: string): string {
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(JSON.stringify({ iss: 'calllog-sandbox', aud: 'calllog-sandbox', sub: extensionId }));
    return `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
  }

  /** The extension id a JWT credential was issued for, if the sandbox signed it. */
  verifyJwt(jwt: string): string | undefined {
    const [header, payload, signature, ...rest] = jwt.split('.');
    if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const sub = (claims as { sub?: unknown }).sub;
      return typeof sub === 'string' ? sub : undefined;
    } catch {
      return undefined;
    }
  }

  login(ownerId: string, scope: string, ttls: TokenTtls, endpointId?: string): TokenInfo {
    const session: Session = {
      id: `sbx-session-${++this.sessionCount}`,
      ownerId,
      endpointId: endpointId || randomToken(16),
      revoked: false,
    };
    return this.issue(session, scope, ttls);
  }

  /** Spends a refresh token (single use) for a fresh pair in the same session. */
  refreshWith(refreshToken: string, scope: string, ttls: TokenTtls): TokenInfo | undefined {
    const issued = this.refresh.get(refreshToken);
    if (!issued || issued.session.revoked || issued.expiresAt <= this.now()) return undefined;
    this.refresh.delete(refreshToken);
    return this.issue(issued.session, scope, ttls);
  }

  checkAccess(accessToken: string): AccessCheck {
    const issued = this.access.get(accessToken);
    if (!issued || issued.session.revoked) return { ok: false, reason: 'notFound' };
    if (issued.expiresAt <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, ownerId: issued.session.ownerId };
  }

  /** RFC 7009: either token of a session revokes the whole session; an unknown token is not an error. */
  revoke(token: string): void {
    const issued = this.access.get(token) ?? this.refresh.get(token);
    if (issued) issued.session.revoked = true;
  }

  expireAccessTokens(): void {
    for (const issued of this.access.values()) issued.expiresAt = 0;
  }

  revokeAll(): void {
    for (const issued of [...this.access.values(), ...this.refresh.values()]) issued.session.revoked = true;
  }

  private issue(session: Session, scope: string, ttls: TokenTtls): TokenInfo {
    const now = this.now();
    const accessToken = randomToken(32);
    if (session.accessToken !== undefined) this.access.delete(session.accessToken);
    session.accessToken = accessToken;
    this.access.set(accessToken, { session, expiresAt: now + ttls.accessTtlSec * 1000 });
    const info: TokenInfo = {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: ttls.accessTtlSec,
      scope,
      owner_id: session.ownerId,
      endpoint_id: session.endpointId,
      session_id: session.id,
    };
    if (!this.issueRefreshTokens) return info;
    const refreshToken = randomToken(32);
    this.refresh.set(refreshToken, { session, expiresAt: now + ttls.refreshTtlSec * 1000 });
    return { ...info, refresh_token: refreshToken, refresh_token_expires_in: ttls.refreshTtlSec };
  }

  private sign(input: string): string {
    return createHmac('sha256', this.jwtKey).update(input).digest('base64url');
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function randomToken(bytes: number): string {
  return `SBX${randomBytes(bytes).toString('base64url')}`;
}
