// POST /restapi/oauth/token (JWT bearer and refresh grants) and /restapi/oauth/revoke.
import { timingSafeEqual } from 'node:crypto';
import { oauthError } from './api-errors.js';
import type { Reply } from './reply.js';
import { type TokenStore, ttlsFrom } from './tokens.js';
import type { SandboxExtension } from './types.js';

export const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface OAuthContext {
  clientId: string;
  clientSecret: string;
  tokens: TokenStore;
  extensions: SandboxExtension[];
  /** The app's permissions right now, space-separated in the token response. */
  scopes: string[];
  authorization: string | undefined;
  form: URLSearchParams;
}

export function token(ctx: OAuthContext): Reply {
  if (!clientAuthenticated(ctx)) return oauthError(401, 'invalid_client', 'OAU-153', 'Invalid client');
  const { form } = ctx;
  const ttls = ttlsFrom(form.get('access_token_ttl') ?? undefined, form.get('refresh_token_ttl') ?? undefined);
  const scope = ctx.scopes.join(' ');
  switch (form.get('grant_type')) {
    case JWT_GRANT: {
      const assertion = form.get('assertion');
      if (!assertion) return oauthError(400, 'invalid_request', 'OAU-101', 'Parameter [assertion] is invalid');
      const ownerId = ctx.tokens.verifyJwt(assertion);
      if (!ownerId || !ctx.extensions.some((e) => e.id === ownerId)) {
        return oauthError(400, 'invalid_grant', 'OAU-140', 'Invalid resource owner credentials');
      }
      return { status: 200, body: ctx.tokens.login(ownerId, scope, ttls, form.get('endpoint_id') ?? undefined) };
    }
    case 'refresh_token': {
      const issued = ctx.tokens.refreshWith(form.get('refresh_token') ?? '', scope, ttls);
      return issued ? { status: 200, body: issued } : oauthError(400, 'invalid_grant', 'OAU-211', 'Token is revoked');
    }
    case null:
      return oauthError(400, 'invalid_request', 'OAU-101', 'Parameter [grant_type] is invalid');
    default:
      return oauthError(400, 'unsupported_grant_type', 'OAU-101', 'Unsupported grant type');
  }
}

/** RFC 7009: answers 200 whether or not the token was known. */
export function revoke(ctx: OAuthContext, queryToken: string | null): Reply {
  if (!clientAuthenticated(ctx)) return oauthError(401, 'invalid_client', 'OAU-153', 'Invalid client');
  const token = ctx.form.get('token') ?? queryToken;
  if (!token) return oauthError(400, 'invalid_request', 'OAU-101', 'Parameter [token] is invalid');
  ctx.tokens.revoke(token);
  return { status: 200 };
}

/** The client id from HTTP Basic auth, whether or not the secret is right (rate limits are per client). */
export function basicClientId(authorization: string | undefined): string | undefined {
  return basicCredentials(authorization)?.[0];
}

function clientAuthenticated(ctx: OAuthContext): boolean {
  const credentials = basicCredentials(ctx.authorization);
  return credentials !== undefined && same(credentials[0], ctx.clientId) && same(credentials[1], ctx.clientSecret);
}

function basicCredentials(authorization: string | undefined): [string, string] | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
