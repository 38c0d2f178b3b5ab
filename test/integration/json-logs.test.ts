// LOG_FORMAT=json through the real bot at debug level: RingCentral login, a token refresh, slash commands that
// succeed, fail on input and fail upstream. Every line the app, Bolt and the Web API client write must be one
// JSON object, and no credential the bot holds or is issued may appear in any of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IssuedTokens, recordIssuedTokens, secretsOf } from '../support/issued-tokens.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let t: TestBot;
/** Every access and refresh token the sandbox issued to the bot. */
let issued: IssuedTokens;

beforeAll(async () => {
  issued = recordIssuedTokens();
  t = await startTestBot({ logFormat: 'json', logLevel: 'debug' });

  const today = await t.command(t.people.la, 'today');
  await t.repliesAt(today.responseUrl);
  // A refused access token makes the bot renew its session: a second pair of tokens.
  t.sandbox.expireAccessTokens();
  const missed = await t.command(t.people.la, 'yesterday missed');
  await t.repliesAt(missed.responseUrl);
  const typo = await t.command(t.people.berlin, 'tody');
  await t.repliesAt(typo.responseUrl);
  // RingCentral keeps failing: the bot logs the error with a reference id.
  t.sandbox.injectFault({ route: 'extensionCallLog', kind: 500, times: 10 });
  const broken = await t.command(t.people.berlin, 'last week');
  await t.repliesAt(broken.responseUrl, 1, 15_000);
  await t.close();
}, 30_000);

afterAll(() => issued.restore());

const entries = (): Record<string, unknown>[] => t.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('LOG_FORMAT=json', () => {
  it('writes every line as one JSON object with level, time, name and msg', () => {
    expect(t.logs.length).toBeGreaterThan(20);
    for (const line of t.logs) {
      expect(line).not.toContain('\n');
      expect(() => JSON.parse(line), line).not.toThrow();
    }
    for (const entry of entries()) {
      expect(['debug', 'info', 'warn', 'error']).toContain(entry.level);
      expect(new Date(String(entry.time)).toISOString()).toBe(entry.time);
      expect(typeof entry.name).toBe('string');
      expect(typeof entry.msg).toBe('string');
    }
  });

  it('carries the app, Bolt and the Web API client, with context as fields and errors under err', () => {
    const all = entries();
    expect(all).toContainEqual(expect.objectContaining({ level: 'info', msg: 'Logged in to RingCentral' }));
    expect(all.find((e) => e.msg === 'Logged in to RingCentral')).toHaveProperty('scopes');
    expect(all.some((e) => String(e.msg).startsWith("apiCall('auth.test')"))).toBe(true);
    expect(all.some((e) => e.msg === 'RingCentral access token refused; renewing the session')).toBe(true);
    const failure = all.find((e) => e.level === 'error' && /^\[ref E[0-9A-F]{8}\] /.test(String(e.msg)));
    expect(failure?.err).toMatchObject({ type: 'UpstreamError' });
  });

  it('never contains an access token, refresh token, client secret, JWT, signing secret or bot token', () => {
    expect(issued.access.length).toBeGreaterThanOrEqual(2);
    expect(issued.refresh.length).toBeGreaterThanOrEqual(2);
    const secrets = secretsOf(t, issued);
    for (const line of t.logs) {
      for (const secret of secrets) expect(line).not.toContain(secret);
      expect(line).not.toMatch(/eyJ[\w-]+\.eyJ/);
    }
  });
});
