// One line per log entry on stderr, in the shape Bolt's Logger interface expects, so the app, Bolt itself and the
// Web API client share a logger and a level. Nothing here knows about secrets: callers never pass them.
import { format } from 'node:util';
import { type Logger, LogLevel } from '@slack/bolt';
import type { LogLevel as ConfiguredLevel } from './config.js';

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

export function createLogger(
  level: ConfiguredLevel,
  options: { name?: string; write?: (line: string) => void } = {},
): Logger {
  let current = toBoltLevel(level);
  let name = options.name ?? 'calllog';
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const at =
    (entryLevel: LogLevel) =>
    (...parts: unknown[]): void => {
      if (RANK[entryLevel] < RANK[current]) return;
      write(`${new Date().toISOString()} ${entryLevel.toUpperCase()} [${name}] ${format(...parts)}`);
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
