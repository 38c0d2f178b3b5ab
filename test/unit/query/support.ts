// Shared by the query tests: run a command at a fixed instant and read back its window as ISO strings.

import type { CallQuery, TimeWindow } from '../../../src/query/index.js';
import { parseCommand } from '../../../src/query/index.js';

export function parseAt(text: string, now: string, timeZone = 'UTC'): CallQuery {
  return parseCommand(text, { now: new Date(now), timeZone });
}

export function windowAt(
  text: string,
  now: string,
  timeZone = 'UTC',
): { from: string; to: string; label: string; hours: number } {
  const query = parseAt(text, now, timeZone);
  if (query.kind !== 'calls') throw new Error(`expected a calls query, got ${query.kind}`);
  return describe(query.window);
}

function describe(window: TimeWindow): { from: string; to: string; label: string; hours: number } {
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    label: window.label,
    hours: (window.to.getTime() - window.from.getTime()) / 3_600_000,
  };
}
