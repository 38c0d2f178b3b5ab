// Environment → a typed, validated Config. Every problem is collected and reported at once, one line
// each, naming the variable and showing a valid value — never the secret that was given.
import { randomBytes } from 'node:crypto';
import { isValidTimeZone } from './query/time-zone.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** `text`: one readable line per entry; `json`: one JSON object per line, for log collectors. */
export type LogFormat = 'text' | 'json';

export type RingCentralConfig =
  | { kind: 'sandbox' }
  | { kind: 'live'; serverUrl: string; clientId: string; clientSecret: string; jwt: string };

export interface Config {
  slack: { signingSecret: string; botToken: string; appToken?: string; apiUrl: string };
  http: { port: number; host: string };
  ringcentral: RingCentralConfig;
  /** Slack user ids allowed company-wide views. */
  admins: ReadonlySet<string>;
  /** How browsers reach this server; no trailing slash. */
  publicBaseUrl: string;
  recordingLinkSecret: string;
  /** True when RECORDING_LINK_SECRET was unset and a random one was made: links die on restart. */
  recordingLinkSecretGenerated: boolean;
  defaultTimeZone: string;
  logLevel: LogLevel;
  /** loadConfig always sets it; configs built by hand may leave it out (text). */
  logFormat: LogFormat;
  /** Serve people's own calls from one company-wide fetch when the token allows (CALLLOG_SHARED_FETCH); default on. */
  sharedFetch?: boolean;
}

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
const LOG_FORMATS: readonly LogFormat[] = ['text', 'json'];
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;
const MIN_LINK_SECRET_LENGTH = 16;

export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  // `NAME=` in a .env file means "not set", as most dotenv users expect.
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const required = (name: string, what: string): string => {
    const value = read(name);
    if (value === undefined) problems.push(`${name} is missing: set it to ${what}`);
    return value ?? '';
  };
  const url = (name: string, fallback: string): string => {
    const value = read(name) ?? fallback;
    if (!isHttpUrl(value)) problems.push(`${name} must be an http(s) URL, e.g. ${fallback}`);
    return value;
  };

  const signingSecret = required(
    'SLACK_SIGNING_SECRET',
    "the Signing Secret from your Slack app's Basic Information page",
  );
  const botToken = required('SLACK_BOT_TOKEN', 'the bot token that starts with xoxb-');
  if (botToken && !botToken.startsWith('xoxb-'))
    problems.push('SLACK_BOT_TOKEN must be the bot token that starts with xoxb-');
  const appToken = read('SLACK_APP_TOKEN');
  if (appToken && !appToken.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN must be an app-level token that starts with xapp- (or unset it to use HTTP)');
  }
  const apiUrl = withTrailingSlash(url('SLACK_API_URL', 'https://slack.com/api/'));

  const port = parsePort(read('PORT'), problems);
  const host = read('HOST') ?? '0.0.0.0';

  const ringcentral = readRingCentral(read, required, url, problems);
  const admins = parseAdmins(read('CALLLOG_ADMINS'), problems);
  const publicBaseUrl = url('PUBLIC_BASE_URL', `http://localhost:${port || 3000}`).replace(/\/+$/, '');

  const givenLinkSecret = read('RECORDING_LINK_SECRET');
  if (givenLinkSecret !== undefined && givenLinkSecret.length < MIN_LINK_SECRET_LENGTH) {
    problems.push(
      `RECORDING_LINK_SECRET is too short: use at least ${MIN_LINK_SECRET_LENGTH} random characters, e.g. the output of \`openssl rand -hex 32\``,
    );
  }

  const defaultTimeZone = read('DEFAULT_TIMEZONE') ?? 'UTC';
  if (!isValidTimeZone(defaultTimeZone)) {
    problems.push(`DEFAULT_TIMEZONE "${defaultTimeZone}" is not an IANA time zone, e.g. America/New_York`);
  }

  const givenLogLevel = (read('LOG_LEVEL') ?? 'info').toLowerCase();
  const logLevel = isLogLevel(givenLogLevel) ? givenLogLevel : 'info';
  if (!isLogLevel(givenLogLevel))
    problems.push(`LOG_LEVEL "${givenLogLevel}" is not one of ${LOG_LEVELS.join(', ')}, e.g. info`);

  const givenLogFormat = (read('LOG_FORMAT') ?? 'text').toLowerCase();
  const logFormat = isLogFormat(givenLogFormat) ? givenLogFormat : 'text';
  if (!isLogFormat(givenLogFormat)) {
    problems.push(`LOG_FORMAT "${givenLogFormat}" is not one of ${LOG_FORMATS.join(', ')}, e.g. json`);
  }

  const givenSharedFetch = read('CALLLOG_SHARED_FETCH') ?? '1';
  if (givenSharedFetch !== '0' && givenSharedFetch !== '1')
    problems.push(`CALLLOG_SHARED_FETCH must be 1 (share one company-wide fetch, the default) or 0, e.g. 0`);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    slack: { signingSecret, botToken, ...(appToken ? { appToken } : {}), apiUrl },
    http: { port, host },
    ringcentral,
    admins,
    publicBaseUrl,
    recordingLinkSecret: givenLinkSecret ?? randomBytes(32).toString('hex'),
    recordingLinkSecretGenerated: givenLinkSecret === undefined,
    defaultTimeZone,
    logLevel,
    logFormat,
    sharedFetch: givenSharedFetch === '1',
  };
}

function readRingCentral(
  read: (name: string) => string | undefined,
  required: (name: string, what: string) => string,
  url: (name: string, fallback: string) => string,
  problems: string[],
): RingCentralConfig {
  const sandbox = (read('CALLLOG_SANDBOX') ?? '0').toLowerCase();
  if (sandbox === '1' || sandbox === 'true') return { kind: 'sandbox' };
  if (sandbox !== '0' && sandbox !== 'false') {
    problems.push('CALLLOG_SANDBOX must be 1 (use the built-in RingCentral sandbox) or unset, e.g. CALLLOG_SANDBOX=1');
  }
  const unlessSandbox = ' (or set CALLLOG_SANDBOX=1 to use the built-in sandbox)';
  return {
    kind: 'live',
    serverUrl: url('RC_SERVER_URL', 'https://platform.ringcentral.com').replace(/\/+$/, ''),
    clientId: required('RC_CLIENT_ID', `your RingCentral app's Client ID${unlessSandbox}`),
    clientSecret: required('RC_CLIENT_SECRET', `your RingCentral app's Client Secret${unlessSandbox}`),
    jwt: required('RC_JWT', `the JWT credential of the RingCentral user the bot acts as${unlessSandbox}`),
  };
}

function parsePort(value: string | undefined, problems: string[]): number {
  if (value === undefined) return 3000;
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    problems.push(`PORT must be a whole number from 1 to 65535, e.g. 3000 (got "${value}")`);
    return 0;
  }
  return port;
}

function parseAdmins(value: string | undefined, problems: string[]): ReadonlySet<string> {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const bad = ids.filter((id) => !SLACK_USER_ID.test(id));
  if (bad.length > 0) {
    const quoted = bad.map((id) => `"${id}"`).join(', ');
    problems.push(
      `CALLLOG_ADMINS has ${quoted}, not Slack user ids: list member ids separated by commas, e.g. U012AB3CD,U045EF6GH`,
    );
  }
  return new Set(ids.filter((id) => SLACK_USER_ID.test(id)));
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function isLogFormat(value: string): value is LogFormat {
  return (LOG_FORMATS as readonly string[]).includes(value);
}
