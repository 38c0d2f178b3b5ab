import { describe, expect, it } from 'vitest';
import { TokenStore, ttlsFrom } from '../../../src/sandbox/tokens.js';
import { manualClock } from './sandbox-client.js';

const TTLS = { accessTtlSec: 3600, refreshTtlSec: 604_800 };

function store() {
  const clock = manualClock();
  return { clock, tokens: new TokenStore('test-key', clock.ms) };
}

describe('token lifetimes', () => {
  it('clamps access_token_ttl to 600..3600 seconds', () => {
    expect(ttlsFrom('60', undefined).accessTtlSec).toBe(600);
    expect(ttlsFrom('1200', undefined).accessTtlSec).toBe(1200);
    expect(ttlsFrom('86400', undefined).accessTtlSec).toBe(3600);
  });

  it('treats -1 and unparsable values (what @ringcentral/sdk sends after cancelling a token) as the default', () => {
    expect(ttlsFrom('-1', '-1')).toEqual({ accessTtlSec: 3600, refreshTtlSec: 604_800 });
    expect(ttlsFrom('NaN', 'abc')).toEqual({ accessTtlSec: 3600, refreshTtlSec: 604_800 });
    expect(ttlsFrom(undefined, undefined)).toEqual({ accessTtlSec: 3600, refreshTtlSec: 604_800 });
  });

  it('caps refresh_token_ttl at 30 days', () => {
    expect(ttlsFrom(undefined, '99999999').refreshTtlSec).toBe(2_592_000);
  });
});

describe('JWT credentials', () => {
  it('verify when the sandbox signed them and name their extension', () => {
    const { tokens } = store();
    expect(tokens.verifyJwt(tokens.jwtFor('123'))).toBe('123');
  });

  it('are refused when tampered with or signed by another key', () => {
    const { tokens } = store();
    const [header, , signature] = tokens.jwtFor('123').split('.');
    const forged = Buffer.from(JSON.stringify({ sub: '999' })).toString('base64url');
    expect(tokens.verifyJwt(`${header}.${forged}.${signature}`)).toBeUndefined();
    expect(tokens.verifyJwt(new TokenStore('other-key', Date.now).jwtFor('123'))).toBeUndefined();
    expect(tokens.verifyJwt('not-a-jwt')).toBeUndefined();
  });

  it('are the same for the same key (documentable default credentials)', () => {
    expect(new TokenStore('k', Date.now).jwtFor('1')).toBe(new TokenStore('k', Date.now).jwtFor('1'));
  });
});

describe('sessions', () => {
  it('expire access tokens after their TTL', () => {
    const { clock, tokens } = store();
    const issued = tokens.login('1', 'ReadCallLog', { ...TTLS, accessTtlSec: 600 });
    clock.advance(599_000);
    expect(tokens.checkAccess(issued.access_token)).toEqual({ ok: true, ownerId: '1' });
    clock.advance(1000);
    expect(tokens.checkAccess(issued.access_token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('accept a refresh token once only', () => {
    const { tokens } = store();
    const issued = tokens.login('1', 'ReadCallLog', TTLS);
    const refreshed = tokens.refreshWith(issued.refresh_token ?? '', 'ReadCallLog', TTLS);
    expect(refreshed?.owner_id).toBe('1');
    expect(tokens.refreshWith(issued.refresh_token ?? '', 'ReadCallLog', TTLS)).toBeUndefined();
    expect(tokens.refreshWith(refreshed?.refresh_token ?? '', 'ReadCallLog', TTLS)).toBeDefined();
  });

  it('die together when either token of the session is revoked', () => {
    const { tokens } = store();
    const issued = tokens.login('1', 'ReadCallLog', TTLS);
    tokens.revoke(issued.refresh_token ?? '');
    expect(tokens.checkAccess(issued.access_token)).toEqual({ ok: false, reason: 'notFound' });
    expect(tokens.refreshWith(issued.refresh_token ?? '', 'ReadCallLog', TTLS)).toBeUndefined();
  });

  it('retire the previous access token the moment it is refreshed, not when it would have expired', () => {
    const { tokens } = store();
    const issued = tokens.login('1', 'ReadCallLog', TTLS);
    const other = tokens.login('1', 'ReadCallLog', TTLS);
    const refreshed = tokens.refreshWith(issued.refresh_token ?? '', 'ReadCallLog', TTLS);
    expect(tokens.checkAccess(issued.access_token)).toEqual({ ok: false, reason: 'notFound' });
    expect(tokens.checkAccess(refreshed?.access_token ?? '')).toEqual({ ok: true, ownerId: '1' });
    // Another session of the same user is not touched.
    expect(tokens.checkAccess(other.access_token)).toEqual({ ok: true, ownerId: '1' });
  });

  it('issue no refresh token for an app registered without them', () => {
    const tokens = new TokenStore('key', () => 0, false);
    const issued = tokens.login('1', 'ReadCallLog', TTLS);
    expect(issued.refresh_token).toBeUndefined();
    expect(issued.refresh_token_expires_in).toBeUndefined();
    expect(tokens.checkAccess(issued.access_token)).toEqual({ ok: true, ownerId: '1' });
  });
});
