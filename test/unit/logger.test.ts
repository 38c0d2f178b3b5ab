import { format } from 'node:util';
import { LogLevel } from '@slack/bolt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogFormat } from '../../src/config.js';
import { createLogger, maskText } from '../../src/logger.js';

function capture(format: LogFormat, level: 'debug' | 'info' | 'warn' | 'error' = 'debug') {
  const lines: string[] = [];
  const log = createLogger(level, { format, write: (line) => lines.push(line) });
  return { log, lines };
}

function parsed(lines: string[]): Record<string, unknown>[] {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

// Credentials shaped like the real ones, each with a marker no other text contains.
const SECRETS = {
  slackBotToken: 'xoxb-1111-2222-SECRETbot',
  slackAppToken: 'xapp-1-A111-SECRETapp',
  accessToken: 'U0pDMDFQMDlQQVMwMHxBQUJ-SECRETaccess',
  refreshToken: 'U0pDMDFQMDlQQVMwMHxBQUJ-SECRETrefresh',
  clientSecret: 'SECRETclientSecretValue',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDEifQ.SECRETjwtSignature',
  signingSecret: 'SECRETsigningSecretValue',
  linkSignature: 'SECRETsig0123456789abcdef',
};

/** One of everything a careless caller, Bolt or an SDK might hand the logger with a credential inside. */
function logEverySecret(log: ReturnType<typeof createLogger>): void {
  log.info('Logged in', {
    access_token: SECRETS.accessToken,
    refresh_token: SECRETS.refreshToken,
    nested: { clientSecret: SECRETS.clientSecret, list: [{ RC_JWT: SECRETS.jwt }] },
    headers: { Authorization: `Bearer ${SECRETS.accessToken}`, 'x-slack-signature': SECRETS.signingSecret },
  });
  const error = Object.assign(new Error(`refused the token ${SECRETS.slackBotToken} and ${SECRETS.jwt}`), {
    request: { headers: { authorization: `Basic ${Buffer.from(`id:${SECRETS.clientSecret}`).toString('base64')}` } },
    body: { signing_secret: SECRETS.signingSecret },
  });
  Object.defineProperty(error, 'cause', {
    value: new Error(`inner Bearer ${SECRETS.refreshToken}`),
    enumerable: false,
  });
  log.error('[ref E1] failed:', error);
  log.debug(JSON.stringify({ token: SECRETS.slackAppToken, refresh_token: SECRETS.refreshToken, text: 'today' }));
  log.debug(`POST /restapi/oauth/token grant_type=refresh_token&refresh_token=${SECRETS.refreshToken}`);
  log.warn(`link http://bot/recordings/1?u=U1&exp=9&sig=${SECRETS.linkSignature}`);
  log.warn('a string that holds', SECRETS.slackBotToken, 'among', [SECRETS.jwt]);
}

describe('createLogger with the text format', () => {
  it('writes one readable line per entry: time, level, name, message', () => {
    const { log, lines } = capture('text');
    log.info('Call Log is listening at %s', 'http://127.0.0.1:3000', { port: 3000 });
    expect(lines).toHaveLength(1);
    const [time, ...rest] = (lines[0] ?? '').split(' ');
    expect(new Date(time ?? '').toISOString()).toBe(time);
    expect(rest.join(' ')).toBe('INFO [calllog] Call Log is listening at http://127.0.0.1:3000 { port: 3000 }');
  });

  it('is the default format', () => {
    const lines: string[] = [];
    createLogger('info', { write: (line) => lines.push(line) }).warn('hello');
    expect(lines[0]).toMatch(/ WARN \[calllog\] hello$/);
  });

  it('shows an error with its class, stack and fields exactly as util.format would, when it holds no secret', () => {
    const { log, lines } = capture('text');
    class UpstreamTrouble extends Error {
      readonly status = 503;
    }
    const error = new UpstreamTrouble('RingCentral answered 503', { cause: new TypeError('socket hang up') });
    log.error('failed:', error, { path: '/restapi/v1.0/account/~/call-log' });
    expect(lines[0]?.replace(/^\S+ ERROR \[calllog\] /, '')).toBe(
      format('failed:', error, { path: '/restapi/v1.0/account/~/call-log' }),
    );
    expect(lines[0]).toContain('failed: UpstreamTrouble [Error]: RingCentral answered 503\n    at ');
    expect(lines[0]).toContain('status: 503');
    expect(lines[0]).toContain('[cause]: TypeError: socket hang up');
  });

  it('writes to stderr when no sink is given', () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      createLogger('info').info('to stderr');
      createLogger('info', { format: 'json' }).info('as json');
      const written = spy.mock.calls.map(([chunk]) => String(chunk));
      expect(written[0]).toMatch(/INFO \[calllog\] to stderr\n$/);
      expect(JSON.parse(written[1] ?? '')).toMatchObject({ msg: 'as json' });
      expect(written[1]).toMatch(/\}\n$/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('createLogger with the json format', () => {
  afterEach(() => vi.useRealTimers());

  it('writes one JSON object per line with level, time, name and msg', () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T23:00:00.000Z') });
    const { log, lines } = capture('json');
    log.debug('one');
    log.info('two %d', 2);
    log.warn('three', 'words', 3);
    log.error('four\nlines\nin\none');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain('\n');
    expect(parsed(lines)).toEqual([
      { level: 'debug', time: '2026-11-24T23:00:00.000Z', name: 'calllog', msg: 'one' },
      { level: 'info', time: '2026-11-24T23:00:00.000Z', name: 'calllog', msg: 'two 2' },
      { level: 'warn', time: '2026-11-24T23:00:00.000Z', name: 'calllog', msg: 'three words 3' },
      { level: 'error', time: '2026-11-24T23:00:00.000Z', name: 'calllog', msg: 'four\nlines\nin\none' },
    ]);
  });

  it('turns an object passed with the message into fields of the entry', () => {
    const { log, lines } = capture('json');
    log.info('RingCentral request', { path: '/restapi/v1.0/account/~/call-log', group: 'Heavy', status: 200, ms: 12 });
    expect(parsed(lines)[0]).toMatchObject({
      msg: 'RingCentral request',
      path: '/restapi/v1.0/account/~/call-log',
      group: 'Heavy',
      status: 200,
      ms: 12,
    });
  });

  it("keeps a context object's own level or msg from overwriting the entry's", () => {
    const { log, lines } = capture('json');
    log.warn('real message', { level: 'fake', msg: 'fake', time: 0, kept: true });
    const [entry] = parsed(lines);
    expect(entry).toMatchObject({ level: 'warn', msg: 'real message', kept: true });
    expect(entry?.context).toEqual({ level: 'fake', msg: 'fake', time: 0 });
    expect(lines[0]?.match(/"level"/g)).toHaveLength(2); // the entry's, and the one under context
  });

  it('puts an error under err with its type, message, stack, fields and cause', () => {
    class RingCentralHttpError extends Error {
      readonly status = 500;
      constructor(message: string, options?: { cause?: unknown }) {
        super(message, options);
        this.name = 'RingCentralHttpError';
      }
    }
    const { log, lines } = capture('json');
    log.error(
      '[ref EABC] today for U1 failed:',
      new RingCentralHttpError('RingCentral answered 500', { cause: new TypeError('socket hang up') }),
    );
    const [entry] = parsed(lines);
    const err = entry?.err as Record<string, unknown>;
    expect(entry?.msg).toBe('[ref EABC] today for U1 failed:');
    expect(err.type).toBe('RingCentralHttpError');
    expect(err.message).toContain('RingCentral answered 500');
    expect(err.message).toContain('socket hang up');
    expect(err.stack).toMatch(/^RingCentralHttpError: RingCentral answered 500\n {4}at /);
    expect(err.stack).toContain('caused by: TypeError: socket hang up');
    expect(err.status).toBe(500);
  });

  it('survives what cannot be written as JSON as it is: cycles, bigints, buffers, deep nesting', () => {
    const { log, lines } = capture('json');
    const cycle: Record<string, unknown> = { id: 1 };
    cycle.self = cycle;
    let deep: Record<string, unknown> = { bottom: true };
    for (let i = 0; i < 20; i++) deep = { deeper: deep };
    log.info('odd values', { cycle, big: 10n, audio: Buffer.alloc(2048), deep, when: new Date(0) });
    const [entry] = parsed(lines);
    expect(entry?.cycle).toEqual({ id: 1, self: '[Circular]' });
    expect(entry?.big).toBe('10');
    expect(entry?.audio).toBe('[2048 bytes]');
    expect(entry?.when).toBe('1970-01-01T00:00:00.000Z');
    expect(JSON.stringify(entry?.deep)).toContain('[Object]');
  });

  it('follows setLevel and setName as Bolt calls them', () => {
    const { log, lines } = capture('json', 'warn');
    log.info('hidden');
    log.warn('shown');
    expect(log.getLevel()).toBe(LogLevel.WARN);
    log.setLevel(LogLevel.DEBUG);
    log.setName('bolt-app');
    log.debug('now shown');
    expect(log.getLevel()).toBe(LogLevel.DEBUG);
    expect(parsed(lines).map((e) => [e.level, e.name, e.msg])).toEqual([
      ['warn', 'calllog', 'shown'],
      ['debug', 'bolt-app', 'now shown'],
    ]);
  });
});

describe('secrets in what is logged', () => {
  it.each<LogFormat>(['json', 'text'])('are masked in the %s format, wherever they hide', (format) => {
    const { log, lines } = capture(format);
    logEverySecret(log);
    expect(lines).toHaveLength(6);
    const all = lines.join('\n');
    expect(all).not.toContain('SECRET');
    expect(all).toContain('[redacted]');
    if (format === 'json') expect(() => parsed(lines)).not.toThrow();
  });

  it('leave the rest of the text alone', () => {
    const prose =
      "SLACK_SIGNING_SECRET: the Signing Secret from your app's Basic Information page; tokens start with xoxb-";
    expect(maskText(prose)).toBe(prose);
    expect(maskText('GET /restapi/v1.0/account/~/call-log?dateFrom=2026-11-24&perPage=1000')).toBe(
      'GET /restapi/v1.0/account/~/call-log?dateFrom=2026-11-24&perPage=1000',
    );
    expect(maskText('{"user_id":"U1","text":"today missed"}')).toBe('{"user_id":"U1","text":"today missed"}');
  });

  it('are masked in linear time, even in a long token-like string', () => {
    const long = `${'a1-'.repeat(200_000)}=${'b'.repeat(200_000)}`;
    const started = performance.now();
    maskText(long);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('do not change the objects the caller passed', () => {
    const { log } = capture('json');
    const context = { access_token: SECRETS.accessToken, nested: { jwt: SECRETS.jwt } };
    const error = new Error(`with ${SECRETS.slackBotToken}`);
    log.error('x', context, error);
    expect(context).toEqual({ access_token: SECRETS.accessToken, nested: { jwt: SECRETS.jwt } });
    expect(error.message).toBe(`with ${SECRETS.slackBotToken}`);
  });
});
