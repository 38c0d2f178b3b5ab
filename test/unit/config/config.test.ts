import { describe, expect, it } from 'vitest';
import { ConfigError, type Env, loadConfig } from '../../../src/config.js';

const valid: Env = {
  SLACK_SIGNING_SECRET: 'signing-secret-value-123',
  SLACK_BOT_TOKEN: 'xoxb-1-2-secretbotpart',
  CALLLOG_SANDBOX: '1',
};

function problemsOf(env: Env): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}

describe('loadConfig', () => {
  it('fills the documented defaults for a minimal sandbox setup', () => {
    const config = loadConfig(valid);
    expect(config.slack).toEqual({
      signingSecret: 'signing-secret-value-123',
      botToken: 'xoxb-1-2-secretbotpart',
      apiUrl: 'https://slack.com/api/',
    });
    expect(config.http).toEqual({ port: 3000, host: '0.0.0.0' });
    expect(config.ringcentral).toEqual({ kind: 'sandbox' });
    expect([...config.admins]).toEqual([]);
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
    expect(config.defaultTimeZone).toBe('UTC');
    expect(config.logLevel).toBe('info');
    expect(config.logFormat).toBe('text');
    expect(config.recordingLinkSecretGenerated).toBe(true);
    expect(config.recordingLinkSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads every variable when all are given', () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: 'abc',
      SLACK_BOT_TOKEN: 'xoxb-abc',
      SLACK_APP_TOKEN: 'xapp-1-abc',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      PORT: '8080',
      HOST: '127.0.0.1',
      RC_SERVER_URL: 'https://platform.devtest.ringcentral.com/',
      RC_CLIENT_ID: 'cid',
      RC_CLIENT_SECRET: 'csecret',
      RC_JWT: 'eyJ.jwt',
      CALLLOG_ADMINS: 'U012AB3CD, U045EF6GH',
      PUBLIC_BASE_URL: 'https://calllog.example.com/',
      RECORDING_LINK_SECRET: '0123456789abcdef0123',
      DEFAULT_TIMEZONE: 'Europe/Berlin',
      LOG_LEVEL: 'DEBUG',
      LOG_FORMAT: 'JSON',
    });
    expect(config.slack).toEqual({
      signingSecret: 'abc',
      botToken: 'xoxb-abc',
      appToken: 'xapp-1-abc',
      apiUrl: 'http://127.0.0.1:9999/api/',
    });
    expect(config.http).toEqual({ port: 8080, host: '127.0.0.1' });
    expect(config.ringcentral).toEqual({
      kind: 'live',
      serverUrl: 'https://platform.devtest.ringcentral.com',
      clientId: 'cid',
      clientSecret: 'csecret',
      jwt: 'eyJ.jwt',
    });
    expect([...config.admins]).toEqual(['U012AB3CD', 'U045EF6GH']);
    expect(config.publicBaseUrl).toBe('https://calllog.example.com');
    expect(config.recordingLinkSecret).toBe('0123456789abcdef0123');
    expect(config.recordingLinkSecretGenerated).toBe(false);
    expect(config.defaultTimeZone).toBe('Europe/Berlin');
    expect(config.logLevel).toBe('debug');
    expect(config.logFormat).toBe('json');
  });

  it('defaults PUBLIC_BASE_URL to the configured port', () => {
    expect(loadConfig({ ...valid, PORT: '4000' }).publicBaseUrl).toBe('http://localhost:4000');
  });

  it('treats an empty value as unset', () => {
    const config = loadConfig({ ...valid, SLACK_APP_TOKEN: '', DEFAULT_TIMEZONE: '  ' });
    expect(config.slack.appToken).toBeUndefined();
    expect(config.defaultTimeZone).toBe('UTC');
  });

  it('reports every problem at once, one line each, naming the variable and a valid example', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DEFAULT_TIMEZONE: 'Mars/Base',
      CALLLOG_ADMINS: 'U012AB3CD,bob',
      SLACK_API_URL: 'ftp://slack.example',
      LOG_LEVEL: 'loud',
    });
    expect(problems).toEqual([
      "SLACK_SIGNING_SECRET is missing: set it to the Signing Secret from your Slack app's Basic Information page",
      'SLACK_BOT_TOKEN is missing: set it to the bot token that starts with xoxb-',
      'SLACK_API_URL must be an http(s) URL, e.g. https://slack.com/api/',
      'PORT must be a whole number from 1 to 65535, e.g. 3000 (got "eighty")',
      "RC_CLIENT_ID is missing: set it to your RingCentral app's Client ID (or set CALLLOG_SANDBOX=1 to use the built-in sandbox)",
      "RC_CLIENT_SECRET is missing: set it to your RingCentral app's Client Secret (or set CALLLOG_SANDBOX=1 to use the built-in sandbox)",
      'RC_JWT is missing: set it to the JWT credential of the RingCentral user the bot acts as (or set CALLLOG_SANDBOX=1 to use the built-in sandbox)',
      'CALLLOG_ADMINS has "bob", not Slack user ids: list member ids separated by commas, e.g. U012AB3CD,U045EF6GH',
      'DEFAULT_TIMEZONE "Mars/Base" is not an IANA time zone, e.g. America/New_York',
      'LOG_LEVEL "loud" is not one of debug, info, warn, error, e.g. info',
    ]);
    for (const line of problems) expect(line).not.toContain('\n');
  });

  it('takes LOG_FORMAT text or json, and names the variable and a valid value for anything else', () => {
    expect(loadConfig({ ...valid, LOG_FORMAT: 'text' }).logFormat).toBe('text');
    expect(loadConfig({ ...valid, LOG_FORMAT: ' json ' }).logFormat).toBe('json');
    expect(loadConfig({ ...valid, LOG_FORMAT: '' }).logFormat).toBe('text');
    expect(problemsOf({ ...valid, LOG_FORMAT: 'xml' })).toEqual([
      'LOG_FORMAT "xml" is not one of text, json, e.g. json',
    ]);
  });

  it('shares one company-wide call-log fetch unless CALLLOG_SHARED_FETCH=0', () => {
    expect(loadConfig(valid).sharedFetch).toBe(true);
    expect(loadConfig({ ...valid, CALLLOG_SHARED_FETCH: '1' }).sharedFetch).toBe(true);
    expect(loadConfig({ ...valid, CALLLOG_SHARED_FETCH: '0' }).sharedFetch).toBe(false);
    expect(problemsOf({ ...valid, CALLLOG_SHARED_FETCH: 'yes' })).toEqual([
      'CALLLOG_SHARED_FETCH must be 1 (share one company-wide fetch, the default) or 0, e.g. 0',
    ]);
  });

  it.each([['0'], ['65536'], ['3000.5'], ['-1']])('rejects PORT=%s', (port) => {
    expect(problemsOf({ ...valid, PORT: port })).toEqual([
      `PORT must be a whole number from 1 to 65535, e.g. 3000 (got "${port}")`,
    ]);
  });

  it('does not require RC_* credentials in sandbox mode', () => {
    expect(loadConfig({ ...valid, CALLLOG_SANDBOX: '1' }).ringcentral).toEqual({ kind: 'sandbox' });
  });

  it('rejects a CALLLOG_SANDBOX value other than 1 or unset', () => {
    expect(problemsOf({ ...valid, CALLLOG_SANDBOX: 'yes' })[0]).toMatch(/^CALLLOG_SANDBOX must be 1/);
  });

  it('never echoes a malformed secret back', () => {
    const secrets = {
      SLACK_BOT_TOKEN: 'xoxp-user-token-q7z1',
      SLACK_APP_TOKEN: 'bad-q7z2',
      RECORDING_LINK_SECRET: 'q7z3',
    };
    const problems = problemsOf({ ...valid, ...secrets });
    expect(problems).toHaveLength(3);
    const text = problems.join('\n');
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    expect(text).not.toContain('q7z');
  });

  it('makes a different random recording link secret on each start when unset', () => {
    expect(loadConfig(valid).recordingLinkSecret).not.toBe(loadConfig(valid).recordingLinkSecret);
  });
});
