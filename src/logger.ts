// One logger behind Bolt's Logger interface, so the app, Bolt itself and the Web API client share a level and a
// format. `text` (default) is one readable line per entry; `json` has pino write one JSON object per line (level,
// time, name, msg, plus the fields of any object passed), for log collectors. Callers never pass secrets; as a
// second line of defence both formats mask values under secret-looking keys and token-shaped text, so an error or
// a context object that carries a credential is not written out as it came.
import { format } from 'node:util';
import { type Logger, LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import type { LogLevel as ConfiguredLevel, LogFormat } from './config.js';

export interface LoggerOptions {
  /** Shown in every entry; Bolt may change it with setName. Default `calllog`. */
  name?: string;
  /** Default `text`. */
  format?: LogFormat;
  /** Receives each entry as one line, without its newline. Default: stderr. */
  write?: (line: string) => void;
}

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};
const BOLT_LEVEL: Record<ConfiguredLevel, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export function toBoltLevel(level: ConfiguredLevel): LogLevel {
  return BOLT_LEVEL[level];
}

export function createLogger(level: ConfiguredLevel, options: LoggerOptions = {}): Logger {
  let current = toBoltLevel(level);
  let name = options.name ?? 'calllog';
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const emit = options.format === 'json' ? jsonWriter(write) : textWriter(write);
  const at =
    (entryLevel: LogLevel) =>
    (...parts: unknown[]): void => {
      if (RANK[entryLevel] < RANK[current]) return;
      emit(entryLevel, name, parts);
    };
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}

type Emit = (level: LogLevel, name: string, parts: unknown[]) => void;

function textWriter(write: (line: string) => void): Emit {
  return (level, name, parts) => {
    const message = format(...parts.map((p) => redact(p)));
    write(maskText(`${new Date().toISOString()} ${level.toUpperCase()} [${name}] ${message}`));
  };
}

// Keys the entry itself uses; a context object's own `level` or `msg` goes under `context` instead.
const ENTRY_KEYS = new Set(['level', 'time', 'name', 'msg', 'err', 'context']);

function jsonWriter(write: (line: string) => void): Emit {
  // Levels are filtered before pino sees an entry; pino only shapes and writes it.
  const json = pino(
    {
      level: 'debug',
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    { write: (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk) },
  );
  return (level, name, parts) => {
    const fields: Record<string, unknown> = { name };
    const context: Record<string, unknown> = {};
    const words: unknown[] = [];
    for (const part of parts.map((p) => redact(p))) {
      if (part instanceof Error && fields.err === undefined) fields.err = part;
      else if (isPlainObject(part)) {
        for (const [key, value] of Object.entries(part)) {
          if (ENTRY_KEYS.has(key)) context[key] = value;
          else fields[key] = value;
        }
      } else words.push(part);
    }
    if (Object.keys(context).length > 0) fields.context = context;
    json[level](fields, maskText(format(...words)));
  };
}

// Key names whose values are credentials (access_token, clientSecret, Authorization, RC_JWT, sig, …).
const SECRET_KEY = /token|secret|password|authorization|cookie|jwt|assertion|signature|^sig$/i;
const MASK = '[redacted]';
const maskValueOf = (key: string, value: string): string => (SECRET_KEY.test(key) ? MASK : value);
// Each pattern starts only where a word begins (the lookbehinds), so that long token-like text is scanned in
// linear time rather than retried from every character.
const SECRET_TEXT: ReadonlyArray<readonly [RegExp, (match: string, ...groups: string[]) => string]> = [
  // Slack tokens: xoxb- (bot), xoxp- (user), xapp- (app-level), xoxe- (refresh), …
  [/(?<![\w-])x(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, () => MASK],
  // JWTs, such as RingCentral's JWT credential.
  [/(?<![\w-])eyJ[\w-]*\.[\w-]+\.[\w-]*/g, () => MASK],
  // HTTP credentials; 16+ characters, so that prose such as "Basic Information" stays.
  [/\b(Bearer|Basic)\s+[\w.~+/=-]{16,}/gi, (_, scheme = '') => `${scheme} ${MASK}`],
  // "refresh_token": "…" in JSON text (Bolt logs request bodies at debug level).
  [
    /"([\w-]*)"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g,
    (_, key = '', colon = '', value = '') => `"${key}"${colon}"${maskValueOf(key, value)}"`,
  ],
  // access_token=… in forms and query strings; sig=… in recording links.
  [/(?<![\w-])([\w-]+)=([^&\s"']+)/g, (_, key = '', value = '') => `${key}=${maskValueOf(key, value)}`],
];

export function maskText(text: string): string {
  let masked = text;
  for (const [pattern, replace] of SECRET_TEXT) masked = masked.replace(pattern, replace);
  return masked;
}

const MAX_DEPTH = 6;
const MAX_ITEMS = 100;

/**
 * A copy that is safe to write: strings masked, values under secret-looking keys replaced, errors kept as errors
 * (same class, so both formats still show their type and stack) with their message, stack, fields and cause
 * treated alike. Cycles and depth are bounded, so nothing a caller passes can make logging throw.
 */
export function redact(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return maskText(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Object]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
  seen.add(value);
  try {
    if (value instanceof Error) return redactError(value, depth, seen);
    if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1, seen));
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value).slice(0, MAX_ITEMS)) {
      copy[key] = SECRET_KEY.test(key) ? MASK : redact(entry, depth + 1, seen);
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

function redactError(error: Error, depth: number, seen: WeakSet<object>): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object | null) as Error;
  const hidden = (key: string, value: unknown): void => {
    Object.defineProperty(copy, key, { value, enumerable: false, writable: true, configurable: true });
  };
  hidden('message', maskText(String(error.message)));
  if (error.stack !== undefined) hidden('stack', maskText(String(error.stack)));
  for (const [key, entry] of Object.entries(error).slice(0, MAX_ITEMS)) {
    (copy as unknown as Record<string, unknown>)[key] = SECRET_KEY.test(key) ? MASK : redact(entry, depth + 1, seen);
  }
  if ('cause' in error && error.cause !== undefined) hidden('cause', redact(error.cause, depth + 1, seen));
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
