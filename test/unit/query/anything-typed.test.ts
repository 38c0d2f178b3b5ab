// Whatever a person types after /calllog, the parser answers with a query or a BadInputError — never a crash.
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/errors.js';
import { parseCommand } from '../../../src/query/index.js';

/** A small seeded generator (mulberry32): the same inputs on every run, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Real words, near misses and the punctuation Slack and phones bring: fragments glue into plausible nonsense.
const FRAGMENTS = [
  'today',
  'yesterday',
  'this',
  'last',
  'week',
  'month',
  'days',
  'hours',
  'day',
  '7',
  '0',
  '-3',
  '400',
  '1e9',
  '24h',
  '3d',
  'missed',
  'answered',
  'voicemail',
  'unreturned',
  'inbound',
  'outbound',
  'recorded',
  'voice',
  'fax',
  'mine',
  'all',
  'ext',
  '101',
  'active',
  'recording',
  'scopes',
  'whoami',
  'help',
  '2026-03-29',
  '2026-02-30',
  '..',
  '2026-13-01',
  '+14155550100',
  '(415)',
  '555-0100',
  '+',
  '<@U123|bob>',
  '<@',
  '>',
  '|',
  '&amp;',
  '&lt;',
  '<!channel>',
  '<#C1|x>',
  'monday',
  'sun',
  'tody',
  'mised',
  '🙂',
  'ß',
  'İ',
  '\u0000',
  '\t',
  '\n',
  '  ',
  '%',
  '"',
  "'",
  '\\',
  '*',
  '_',
  '`',
];

function randomText(next: () => number): string {
  const words = 1 + Math.floor(next() * 7);
  let text = '';
  for (let i = 0; i < words; i++) {
    const fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '';
    text += next() < 0.7 ? ` ${fragment}` : fragment; // sometimes glued to the previous one
  }
  return text;
}

describe('anything typed after /calllog', () => {
  it('gets a query or a BadInputError, for 5 000 seeded random inputs in four zones', () => {
    const next = seeded(20261125);
    const zones = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati'];
    const now = new Date('2026-03-29T01:30:00Z'); // Berlin's spring-forward night
    let answered = 0;
    let refused = 0;
    for (let i = 0; i < 5000; i++) {
      const text = randomText(next);
      const timeZone = zones[i % zones.length] ?? 'UTC';
      try {
        const query = parseCommand(text, { now, timeZone });
        if (query.kind === 'calls') expect(query.window.from.getTime(), text).toBeLessThan(query.window.to.getTime());
        answered++;
      } catch (error) {
        expect(error, JSON.stringify(text)).toBeInstanceOf(BadInputError);
        expect((error as BadInputError).message.length, JSON.stringify(text)).toBeGreaterThan(0);
        refused++;
      }
    }
    // Both paths are exercised, so the test says something about each.
    expect(answered).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('gets a BadInputError, not a hang or a crash, for 10 000 characters of text', () => {
    const long = 'missed '.repeat(1500) + 'x'.repeat(1000);
    expect(() => parseCommand(long, { now: new Date('2026-03-29T12:00:00Z'), timeZone: 'UTC' })).toThrow(BadInputError);
  });
});
