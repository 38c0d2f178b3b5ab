import { describe, expect, it } from 'vitest';
import { createRecordingLinks, RECORDING_LINK_LIFETIME_MS } from '../../../src/recordings/links.js';

const NOW = Date.parse('2026-03-10T18:00:00Z');
const SECRET = 'unit-test-recording-link-secret';

function links(now = NOW, secret = SECRET) {
  return createRecordingLinks({ secret, publicBaseUrl: 'https://calllog.example.com/', now: () => now });
}

function query(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe('recording links', () => {
  const issued = links().issue('2217590004', 'U012AB3CD');

  it('point at /recordings/{id} on the public base URL with u, exp and sig, and nothing else', () => {
    const url = new URL(issued.url);
    expect(url.origin).toBe('https://calllog.example.com');
    expect(url.pathname).toBe('/recordings/2217590004');
    expect([...url.searchParams.keys()]).toEqual(['u', 'exp', 'sig']);
    expect(url.searchParams.get('u')).toBe('U012AB3CD');
    expect(url.searchParams.get('sig')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('last 15 minutes', () => {
    expect(issued.expiresAt.getTime()).toBeLessThanOrEqual(NOW + RECORDING_LINK_LIFETIME_MS);
    expect(issued.expiresAt.getTime()).toBeGreaterThan(NOW + RECORDING_LINK_LIFETIME_MS - 1000);
    expect(Number(query(issued.url).get('exp')) * 1000).toBe(issued.expiresAt.getTime());
  });

  it('verify for the recording and the user they name, until they expire', () => {
    expect(links(NOW + 60_000).verify('2217590004', query(issued.url))).toEqual({
      ok: true,
      slackUserId: 'U012AB3CD',
      expiresAt: issued.expiresAt,
    });
    expect(links(issued.expiresAt.getTime() - 1).verify('2217590004', query(issued.url)).ok).toBe(true);
    expect(links(issued.expiresAt.getTime()).verify('2217590004', query(issued.url))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  type Change = (q: URLSearchParams) => [string, URLSearchParams];
  it.each<[string, Change]>([
    ['another recording', (q: URLSearchParams) => ['2217590005', q]],
    ['another user', (q: URLSearchParams) => ['2217590004', with_(q, 'u', 'U999')]],
    ['a later expiry', (q: URLSearchParams) => ['2217590004', with_(q, 'exp', String(Number(q.get('exp')) + 1))]],
    ['an earlier expiry', (q: URLSearchParams) => ['2217590004', with_(q, 'exp', String(Number(q.get('exp')) - 1))]],
    ['another signature', (q: URLSearchParams) => ['2217590004', with_(q, 'sig', 'A'.repeat(43))]],
    ['a signature of the wrong length', (q: URLSearchParams) => ['2217590004', with_(q, 'sig', 'abc')]],
    ['an expiry that is not a number', (q: URLSearchParams) => ['2217590004', with_(q, 'exp', '1e12')]],
    ['a user that is not a Slack id', (q: URLSearchParams) => ['2217590004', with_(q, 'u', 'admin')]],
  ])('refuse %s as altered', (_, change) => {
    const [id, changed] = change(query(issued.url));
    expect(links(NOW + 1000).verify(id, changed)).toEqual({ ok: false, reason: 'altered' });
  });

  it('refuse every one-character change of the signature, the last one included', () => {
    const sig = query(issued.url).get('sig') ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < sig.length; i++) {
      for (const c of [
        alphabet[(alphabet.indexOf(sig[i] ?? 'A') + 1) % 64],
        alphabet[(alphabet.indexOf(sig[i] ?? 'A') + 63) % 64],
      ]) {
        const changed = sig.slice(0, i) + c + sig.slice(i + 1);
        expect(links().verify('2217590004', with_(query(issued.url), 'sig', changed)).ok, `${i} → ${c}`).toBe(false);
      }
    }
  });

  it('are not valid under another secret (a restart with a random one)', () => {
    expect(links(NOW, 'another-secret-0123456789').verify('2217590004', query(issued.url)).ok).toBe(false);
  });

  it('refuse a link missing a part as incomplete', () => {
    for (const name of ['u', 'exp', 'sig']) {
      const cut = query(issued.url);
      cut.delete(name);
      expect(links().verify('2217590004', cut)).toEqual({ ok: false, reason: 'incomplete' });
    }
  });

  it('refuse a signed expiry further ahead than links are ever issued', () => {
    const farAhead = links(NOW + 24 * 3_600_000).issue('2217590004', 'U012AB3CD');
    expect(links(NOW).verify('2217590004', query(farAhead.url))).toEqual({ ok: false, reason: 'altered' });
  });

  it('are only made for ids and users a link can carry', () => {
    expect(() => links().issue('../x', 'U012AB3CD')).toThrow(RangeError);
    expect(() => links().issue('1', 'someone')).toThrow(RangeError);
  });
});

function with_(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const copy = new URLSearchParams(params);
  copy.set(name, value);
  return copy;
}
