import { describe, expect, it } from 'vitest';
import type { CallQuery } from '../../../src/query/index.js';
import { parseCommand } from '../../../src/query/index.js';
import { parseAt } from './support.js';

const NOW = '2026-03-29T19:00:00Z';

function calls(text: string): Extract<CallQuery, { kind: 'calls' }> {
  const query = parseAt(text, NOW, 'America/Los_Angeles');
  if (query.kind !== 'calls') throw new Error(`expected calls, got ${query.kind}`);
  return query;
}

describe('calls: defaults', () => {
  it('empty text asks for my calls today with no filters', () => {
    const query = calls('');
    expect(query.audience).toEqual({ kind: 'mine' });
    expect(query.filters).toEqual([]);
    expect(query.phoneNumber).toBeUndefined();
    expect(query.window.label).toBe('today');
  });
});

describe('calls: filters', () => {
  it.each([
    'missed',
    'answered',
    'voicemail',
    'unreturned',
    'inbound',
    'outbound',
    'recorded',
    'voice',
    'fax',
  ] as const)('"%s" is a filter', (word) => {
    expect(calls(word).filters).toEqual([word]);
  });

  it('combines compatible filters in the order typed', () => {
    expect(calls('recorded inbound voice').filters).toEqual(['recorded', 'inbound', 'voice']);
  });

  it('counts a repeated filter once', () => {
    expect(calls('missed missed').filters).toEqual(['missed']);
  });
});

describe('calls: case and order do not matter', () => {
  it('"TODAY Missed" equals "missed today"', () => {
    expect(calls('TODAY Missed')).toEqual(calls('missed today'));
  });

  it('every part may come in any order, with extra whitespace', () => {
    const expected = calls('last week missed ext 101 +14155550100');
    expect(calls('  +14155550100   EXT 101 Missed\tLAST   WEEK ')).toEqual(expected);
    expect(expected).toMatchObject({
      filters: ['missed'],
      phoneNumber: '14155550100',
      audience: { kind: 'extension', extensionNumber: '101' },
    });
    expect(expected.window.label).toBe('last week');
  });
});

describe('calls: phone numbers', () => {
  it.each([
    ['+14155550100', '14155550100'],
    ['(415) 555-0100', '14155550100'],
    ['4155550100', '14155550100'],
    ['415-555-0100', '14155550100'],
    ['+1 415 555 0100', '14155550100'],
    ['+44 20 7123 4567', '442071234567'],
    ['+1 (415) 555-0100', '14155550100'],
  ])('"%s" filters on %s', (typed, digits) => {
    expect(calls(`missed ${typed} yesterday`)).toMatchObject({ phoneNumber: digits, filters: ['missed'] });
    expect(calls(`missed ${typed} yesterday`).window.label).toBe('yesterday');
  });

  it('a "+" or a bracketed area code after a whole number starts a second number', () => {
    expect(() => calls('+14155550100 +14155550199')).toThrow('both give a phone number');
    expect(() => calls('+14155550100 (415) 555-0199')).toThrow('both give a phone number');
  });

  it('stops a number where a date begins', () => {
    const query = calls('4155550100 2026-03-01');
    expect(query.phoneNumber).toBe('14155550100');
    expect(query.window.label).toBe('Sun 1 Mar 2026');
  });
});

describe('calls: whose', () => {
  it('"mine" is the default and can be said', () => {
    expect(calls('mine').audience).toEqual({ kind: 'mine' });
  });

  it('"all" is the whole company', () => {
    expect(calls('all missed').audience).toEqual({ kind: 'all' });
  });

  it('"ext 101" and "ext101" name an extension', () => {
    expect(calls('ext 101').audience).toEqual({ kind: 'extension', extensionNumber: '101' });
    expect(calls('ext101').audience).toEqual({ kind: 'extension', extensionNumber: '101' });
  });

  it('Slack’s escaped mention <@U123|bob> names Slack user U123', () => {
    expect(calls('<@U0123ABC|bob> missed').audience).toEqual({ kind: 'slackUser', userId: 'U0123ABC' });
  });

  it('a mention without a name, or with spaces in it, still names the user', () => {
    expect(calls('<@U0123ABC>').audience).toEqual({ kind: 'slackUser', userId: 'U0123ABC' });
    expect(calls('today <@W0123ABC|bob smith> missed')).toMatchObject({
      audience: { kind: 'slackUser', userId: 'W0123ABC' },
      filters: ['missed'],
    });
  });
});

describe('subcommands', () => {
  const at = (text: string) => parseAt(text, NOW);

  it('"active" asks for my active calls', () => {
    expect(at('active')).toEqual({ kind: 'active', audience: { kind: 'mine' } });
  });

  it('"active all", "active ext 101" and "active <@U1|x>" choose whose', () => {
    expect(at('Active ALL')).toEqual({ kind: 'active', audience: { kind: 'all' } });
    expect(at('active ext 101')).toEqual({ kind: 'active', audience: { kind: 'extension', extensionNumber: '101' } });
    expect(at('active <@U1ABC|x>')).toEqual({ kind: 'active', audience: { kind: 'slackUser', userId: 'U1ABC' } });
  });

  it('"recording ID" keeps the id exactly as typed', () => {
    expect(at('recording 123456')).toEqual({ kind: 'recording', id: '123456' });
    expect(at('RECORDING Abc-12_xY')).toEqual({ kind: 'recording', id: 'Abc-12_xY' });
  });

  it.each(['scopes', 'whoami', 'help'] as const)('"%s" takes no arguments', (word) => {
    expect(at(word)).toEqual({ kind: word });
    expect(at(`  ${word.toUpperCase()} `)).toEqual({ kind: word });
  });
});

describe('the caller’s context', () => {
  it('an unknown time zone is a programming error, not the user’s', () => {
    expect(() => parseCommand('today', { now: new Date(NOW), timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('an invalid clock is refused', () => {
    expect(() => parseCommand('today', { now: new Date('nonsense'), timeZone: 'UTC' })).toThrow(RangeError);
  });
});
