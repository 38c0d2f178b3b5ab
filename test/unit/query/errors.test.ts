import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/query/index.js';
import { parseAt } from './support.js';

const NOW = '2026-03-29T19:00:00Z'; // Sunday 29 March 2026, 12:00 in Los Angeles
const LA = 'America/Los_Angeles';

/** The BadInputError that `text` raises, so each test can check what the user is told. */
function refusal(text: string, now = NOW, timeZone = LA): BadInputError {
  try {
    parseAt(text, now, timeZone);
  } catch (error) {
    if (error instanceof BadInputError) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('BadInputError', () => {
  it('carries the calllog_bad_input code callers switch on', () => {
    const error = refusal('mised');
    expect(error.code).toBe('calllog_bad_input');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('an unknown word is quoted with the nearest valid word', () => {
  it.each([
    ['mised', 'missed'],
    ['yesturday', 'yesterday'],
    ['tody', 'today'],
    ['answred', 'answered'],
    ['voicemial', 'voicemail'],
    ['outbond', 'outbound'],
    ['Recroded', 'recorded'],
    ['wensday', 'wednesday'],
    ['thisweek', 'this week'],
    ['week', 'this week'],
    ['yest', 'yesterday'],
    ['mien', 'mine'],
  ])('"%s" → "%s"', (typed, suggestion) => {
    const error = refusal(`today ${typed}`);
    expect(error.word).toBe(typed);
    expect(error.suggestion).toBe(suggestion);
    expect(error.message).toBe(`I don't know the word \`${typed}\`.`);
  });

  it('suggests nothing when no word is close', () => {
    const error = refusal('banana');
    expect(error).toMatchObject({ word: 'banana', suggestion: undefined, message: "I don't know the word `banana`." });
  });

  it('does not guess between two words with the same beginning', () => {
    expect(refusal('rec').suggestion).toBeUndefined();
  });

  it('quotes a channel mention or special mention as an unknown word', () => {
    expect(refusal('<#C123|general>').word).toBe('<#C123|general>');
    expect(refusal('<!here>').word).toBe('<!here>');
  });

  it('quotes a word with & < > as the user typed it, not as Slack escaped it in transit', () => {
    // Slack sends the command text with its three control characters escaped (&amp; &lt; &gt;).
    expect(refusal('tody&amp;co').word).toBe('tody&co');
    expect(refusal('today &lt;b&gt;').message).toBe("I don't know the word `<b>`.");
  });

  it('cuts a long paste short in the message but keeps it whole in `word`', () => {
    const long = 'x'.repeat(100);
    const error = refusal(long);
    expect(error.word).toBe(long);
    expect(error.message.length).toBeLessThan(80);
  });
});

describe('one of each slot', () => {
  it('two time windows are refused, quoting the second', () => {
    const error = refusal('today yesterday');
    expect(error.word).toBe('yesterday');
    expect(error.message).toContain('`today` and `yesterday`');
  });

  it('a multi-word window counts as one', () => {
    expect(refusal('last week 7d').word).toBe('7d');
  });

  it('two whose are refused', () => {
    expect(refusal('all ext 101')).toMatchObject({ word: 'ext 101' });
    expect(refusal('mine mine')).toMatchObject({ word: 'mine' });
    expect(refusal('<@U1|a> <@U2|b>')).toMatchObject({ word: '<@U2|b>' });
  });

  it('two phone numbers are refused', () => {
    expect(refusal('+14155550100 (415) 555-0199').word).toBe('(415) 555-0199');
  });
});

describe('contradictory filters', () => {
  it.each([
    ['inbound', 'outbound'],
    ['voice', 'fax'],
    ['missed', 'answered'],
    ['answered', 'voicemail'],
    ['answered', 'unreturned'],
    ['outbound', 'missed'],
    ['outbound', 'unreturned'],
  ])('"%s %s" can match no call', (a, b) => {
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const error = refusal(`${first} ${second}`);
      expect(error.word).toBe(second);
      expect(error.message).toBe(`\`${first}\` and \`${second}\` contradict each other: no call is both.`);
    }
  });
});

describe('counts out of range (days 1–366, hours 1–72)', () => {
  it.each(['last 0 days', 'last 367 days', '400d', '0d', 'last 0 hours', '73h', 'last 100 hours'])(
    '"%s" is refused',
    (text) => {
      const error = refusal(text);
      expect(error.word).toBe(text);
      expect(error.message).toMatch(/go from 1 to (366|72)/);
    },
  );
});

describe('half-finished "last" and "this"', () => {
  it('"last 7 dys" suggests "last 7 days"', () => {
    expect(refusal('last 7 dys')).toMatchObject({ word: 'last 7 dys', suggestion: 'last 7 days' });
  });

  it('"last 3 hors" suggests "last 3 hours"', () => {
    expect(refusal('last 3 hors')).toMatchObject({ suggestion: 'last 3 hours' });
  });

  it('"last wek" suggests "last week", "this mnth" suggests "this month"', () => {
    expect(refusal('last wek')).toMatchObject({ word: 'last wek', suggestion: 'last week' });
    expect(refusal('this mnth')).toMatchObject({ word: 'this mnth', suggestion: 'this month' });
  });

  it('"last" or "this" alone, or "last 7" without a unit, say what may follow', () => {
    expect(refusal('missed last').word).toBe('last');
    expect(refusal('this').message).toContain('`this week`');
    expect(refusal('last 7')).toMatchObject({ word: 'last 7', suggestion: undefined });
  });
});

describe('dates and ranges', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10'])('"%s" is not on the calendar', (text) => {
    expect(refusal(text)).toMatchObject({ word: text, message: `\`${text}\` is not a date on the calendar.` });
  });

  it('a range that ends before it starts is refused', () => {
    expect(refusal('2026-03-07..2026-03-01')).toMatchObject({
      word: '2026-03-07..2026-03-01',
      message: '`2026-03-07..2026-03-01` ends before it starts.',
    });
  });

  it('a range longer than 366 days is refused', () => {
    expect(refusal('2025-01-01..2026-01-02').message).toContain('367 days');
  });

  it('a range with an invalid end date is refused', () => {
    expect(refusal('2026-03-01..2026-02-30').word).toBe('2026-02-30');
  });

  it('a malformed range is refused', () => {
    expect(refusal('2026-03-01..tomorrow').word).toBe('2026-03-01..tomorrow');
    expect(refusal('2026-03-01..2026-03-02..2026-03-03').word).toBe('2026-03-01..2026-03-02..2026-03-03');
  });

  it('a date in the future is refused', () => {
    expect(refusal('2026-04-01')).toMatchObject({
      word: 'Wed 1 Apr 2026',
      message: 'Wed 1 Apr 2026 has not happened yet in America/Los_Angeles, so it has no calls.',
    });
  });

  it('"tomorrow" is judged in the user’s zone: 30 March is still future in LA at 03:00Z', () => {
    const now = '2026-03-30T03:00:00Z';
    expect(refusal('2026-03-30', now, LA).word).toBe('Mon 30 Mar 2026');
    expect(() => parseAt('2026-03-30', now, 'UTC')).not.toThrow();
  });

  it('a range that starts in the future is refused', () => {
    expect(refusal('2026-04-01..2026-04-07').word).toBe('1–7 Apr 2026');
  });
});

describe('whose', () => {
  it('"ext" needs a number', () => {
    expect(refusal('ext')).toMatchObject({
      word: 'ext',
      message: '`ext` needs an extension number after it, e.g. `ext 101`.',
    });
    expect(refusal('ext bob').word).toBe('ext');
  });

  it('an extension number longer than 10 digits is refused', () => {
    expect(refusal('ext 12345678901').word).toBe('ext 12345678901');
  });

  it('a bare @name that Slack did not turn into a mention is refused', () => {
    const error = refusal('@bob');
    expect(error.word).toBe('@bob');
    expect(error.message).toContain("Slack's @ suggestions");
  });
});

describe('numbers that are not phone numbers', () => {
  it('a short number suggests an extension', () => {
    expect(refusal('101')).toMatchObject({ word: '101', suggestion: 'ext 101' });
    expect(refusal('101').message).toContain('is not a phone number');
  });

  it('a number too long or foreign without "+" is refused without a guess', () => {
    expect(refusal('442071234567')).toMatchObject({ word: '442071234567', suggestion: undefined });
    expect(refusal('555-0100').word).toBe('555-0100');
  });
});

describe('subcommands', () => {
  it('"recording" without an id says what it needs', () => {
    expect(refusal('recording')).toMatchObject({ word: 'recording' });
    expect(refusal('recording').message).toContain('/calllog recording 123456');
  });

  it('a recording id with other characters, or over 64, is refused', () => {
    expect(refusal('recording abc!').word).toBe('abc!');
    expect(refusal(`recording ${'a'.repeat(65)}`).word).toBe('a'.repeat(65));
    expect(() => parseAt(`recording ${'a'.repeat(64)}`, NOW)).not.toThrow();
  });

  it('"recording" takes exactly one id', () => {
    expect(refusal('recording 123 456')).toMatchObject({
      word: '456',
      message: '`recording` takes nothing more: remove `456`.',
    });
  });

  it.each(['scopes', 'whoami', 'help'])('"%s extra" is refused, quoting "extra"', (command) => {
    expect(refusal(`${command} extra`)).toMatchObject({
      word: 'extra',
      message: `\`${command}\` takes nothing more: remove \`extra\`.`,
    });
  });

  it('"active" takes only whose, suggesting "all" for a typo', () => {
    expect(refusal('active today').word).toBe('today');
    expect(refusal('active al')).toMatchObject({ word: 'al', suggestion: 'all' });
    expect(refusal('active all mine').word).toBe('mine');
  });

  it('a subcommand after other words must come first', () => {
    const error = refusal('today active');
    expect(error.word).toBe('active');
    expect(error.message).toContain('has to be the first word');
  });
});
