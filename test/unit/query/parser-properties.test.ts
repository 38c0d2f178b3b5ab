// Whatever a person types after /calllog, the parser answers with a query or a BadInputError — never a crash,
// and in time that grows with the text, not its square. Seeded, so a failure replays.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/errors.js';
import { parseCommand } from '../../../src/query/index.js';
import { MAX_COMMAND_LENGTH } from '../../../src/query/limits.js';

const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati'];
const NOW = new Date('2026-03-29T01:30:00Z'); // Berlin's spring-forward night

// Real words, near misses, prototype keys and the punctuation Slack and phones bring.
const FRAGMENTS = [
  ...['today', 'yesterday', 'this', 'last', 'week', 'month', 'days', 'hours', 'day', 'd', 'h'],
  ...['7', '0', '-3', '400', '1e9', '24h', '3d', '99999999999999999999'],
  ...['missed', 'answered', 'voicemail', 'unreturned', 'inbound', 'outbound', 'recorded', 'voice', 'fax'],
  ...['mine', 'all', 'ext', 'ext.', '101', 'ext101', 'active', 'recording', 'scopes', 'whoami', 'help'],
  ...['2026-03-29', '2026-02-30', '..', '2026-13-01', '2026-03-01..2026-03-07', '+14155550100', '(415)', '555-0100'],
  ...['+', '<@U123|bob>', '<@', '>', '|', '&amp;', '&lt;', '<!channel>', '<#C1|x>', '@bob', 'monday', 'sun'],
  ...['tody', 'mised', '🙂', 'ß', 'İ', '\u0000', '\t', '\n', '  ', '%', '"', "'", '\\', '*', '_', '`'],
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'],
];

const fragmentText = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.boolean()), { maxLength: 8 })
  .map((parts) => parts.map(([fragment, glued]) => (glued ? fragment : ` ${fragment}`)).join(''));

const anyText = fc.oneof(fragmentText, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

function answersOrRefuses(text: string, timeZone: string): 'answered' | 'refused' {
  try {
    const query = parseCommand(text, { now: NOW, timeZone });
    if (query.kind === 'calls' && !(query.window.from < query.window.to)) throw new Error('an empty window');
    return 'answered';
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    if (error.message.length === 0) throw new Error('a refusal that says nothing');
    return 'refused';
  }
}

describe('anything typed after /calllog', () => {
  it('gets a query or a BadInputError, for any string in any of four zones', () => {
    const seen = { answered: 0, refused: 0 };
    fc.assert(
      fc.property(anyText, fc.constantFrom(...ZONES), (text, zone) => {
        seen[answersOrRefuses(text, zone)]++;
      }),
      { seed: 42, numRuns: 10_000 },
    );
    // Both paths are exercised, so the property says something about each.
    expect(seen.answered).toBeGreaterThan(500);
    expect(seen.refused).toBeGreaterThan(500);
  });

  it('reads long texts, up to and past the limit, each in a few milliseconds', () => {
    const durations: number[] = [];
    const piece = fc.constantFrom('1 ', '(1 ', '555-0100 ', '<', '<@U1|a> ', '2026-03-01 ', 'missed ', 'x', '+1 ');
    fc.assert(
      fc.property(piece, fc.integer({ min: 100, max: 3 * MAX_COMMAND_LENGTH }), (unit, length) => {
        const text = unit.repeat(Math.ceil(length / unit.length));
        const start = performance.now();
        answersOrRefuses(text, 'UTC');
        durations.push(performance.now() - start);
      }),
      { seed: 42, numRuns: 10_000 },
    );
    // The 99th percentile, so a garbage collection does not fail it; a quadratic parse of 1 000 words would.
    durations.sort((a, b) => a - b);
    expect(durations[Math.floor(durations.length * 0.99)]).toBeLessThan(5);
  });
});
