// Defects an adversarial probe found in the parser: prototype keys taken for words, and a cost that grew with
// the square of the text.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/errors.js';
import { parseCommand } from '../../../src/query/index.js';
import { MAX_COMMAND_LENGTH } from '../../../src/query/limits.js';

const CONTEXT = { now: new Date('2026-03-29T12:00:00Z'), timeZone: 'UTC' };

function refusal(text: string): BadInputError {
  try {
    parseCommand(text, CONTEXT);
  } catch (error) {
    expect(error, JSON.stringify(text)).toBeInstanceOf(BadInputError);
    return error as BadInputError;
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
}

/** The slowest of a few runs' fastest: one GC pause does not fail the test, a quadratic cost does. */
function bestMs(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('words that are keys of Object.prototype', () => {
  const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

  it.each(keys)('"%s" alone is an unknown word', (word) => {
    expect(refusal(word).message).toBe(`I don't know the word \`${word}\`.`);
  });

  it.each(keys)('"last 5 %s" is not "last 5 days"', (word) => {
    expect(refusal(`last 5 ${word}`).word).toBe(`last 5 ${word}`);
  });

  it.each(keys)('"this" or "last" then "%s" is not a week or a month', (word) => {
    expect(refusal(`this ${word}`).word).toBe(`this ${word}`);
    expect(refusal(`last ${word}`).word).toBe(`last ${word}`);
  });

  it.each(keys)('"5 %s" after a filter is not a count', (word) => {
    expect(() => parseCommand(`missed 5 ${word}`, CONTEXT)).toThrow(BadInputError);
  });
});

describe('long and hostile texts', () => {
  it('refuses a text over the limit before reading it, saying how long it is', () => {
    const error = refusal('1 '.repeat(8000));
    expect(error.message).toContain(`I read at most ${MAX_COMMAND_LENGTH}`);
    expect(error.message).toContain('16000 characters');
  });

  it('still reads a command exactly at the limit', () => {
    const text = `missed ${' '.repeat(MAX_COMMAND_LENGTH - 'missed today'.length)}today`;
    expect(text).toHaveLength(MAX_COMMAND_LENGTH);
    expect(parseCommand(text, CONTEXT)).toMatchObject({ kind: 'calls', filters: ['missed'] });
  });

  it.each([
    ['digits and spaces', '1 '],
    ['brackets', '(1 '],
    ['dashes', '1-'],
    ['unclosed mentions', '<'],
    ['mentions', '<@U1|a> '],
    ['ranges', '2026-03-01..'],
    ['spaced dates', '2026-03-01 '],
    ['ampersands', '&amp;'],
  ])('4 000 characters of %s are refused within a few milliseconds', (_name, piece) => {
    const text = piece.repeat(Math.ceil(4000 / piece.length));
    expect(bestMs(() => refusal(text))).toBeLessThan(5);
  });

  it.each([
    ['digits and spaces', '1 '],
    ['brackets', '(1 '],
    ['phone pieces', '555-0100 '],
    ['unclosed mentions', '<'],
    ['spaced dates', '2026-03-01 '],
  ])('a text of %s just under the limit is read within a few milliseconds', (_name, piece) => {
    const text = piece.repeat(Math.floor(MAX_COMMAND_LENGTH / piece.length));
    const parse = () => {
      try {
        parseCommand(text, CONTEXT);
      } catch (error) {
        expect(error).toBeInstanceOf(BadInputError);
      }
    };
    expect(bestMs(parse)).toBeLessThan(5);
  });
});
