// The small pure helpers behind the grammar: phone numbers, time zones, typo suggestions and the usage text.
import { describe, expect, it } from 'vitest';
import { isValidTimeZone, normalisePhoneNumber, USAGE } from '../../../src/query/index.js';
import { editDistance, suggestWord } from '../../../src/query/suggest.js';

describe('normalisePhoneNumber', () => {
  it.each([
    ['+14155550100', '14155550100'],
    ['(415) 555-0100', '14155550100'],
    ['4155550100', '14155550100'],
    ['415.555.0100', '14155550100'],
    ['1 415 555 0100', '14155550100'],
    ['14155550100', '14155550100'],
    ['+1 (415) 555-0100', '14155550100'],
    ['+44 20 7123 4567', '442071234567'],
    ['+2901234', '2901234'],
    ['  +14155550100 ', '14155550100'],
  ])('"%s" → %s', (typed, digits) => {
    expect(normalisePhoneNumber(typed)).toBe(digits);
  });

  it.each([
    ['', 'empty'],
    ['555-0100', 'seven digits without a country code'],
    ['0155550100', 'a US area code cannot start with 0'],
    ['24155550100', 'eleven digits not starting with 1, without +'],
    ['+0441234567', 'country codes do not start with 0'],
    ['+123456', 'too short for E.164'],
    ['+1234567890123456', 'longer than 15 digits'],
    ['415-555-CALL', 'letters'],
    ['41+55550100', 'a + in the middle'],
  ])('"%s" is refused (%s)', (typed) => {
    expect(normalisePhoneNumber(typed)).toBeUndefined();
  });
});

describe('isValidTimeZone', () => {
  it.each(['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Kiritimati'])(
    'accepts %s',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(true);
    },
  );

  it.each(['', ' ', 'Mars/Olympus', 'PST8PDT/Nowhere', '+01:00', '-0500'])('refuses "%s"', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('suggestWord', () => {
  it('counts swapped neighbours as one edit', () => {
    expect(editDistance('mien', 'mine')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('allows one edit in short words, so "fox" → "fax" but "xyz" → nothing', () => {
    expect(suggestWord('fox')).toBe('fax');
    expect(suggestWord('xyz')).toBeUndefined();
  });

  it('completes an unambiguous beginning', () => {
    expect(suggestWord('unret')).toBe('unreturned');
    expect(suggestWord('vo')).toBeUndefined();
  });

  it('ignores case', () => {
    expect(suggestWord('MISED')).toBe('missed');
  });

  it('gives up on very long text', () => {
    expect(suggestWord('missed'.repeat(10))).toBeUndefined();
  });
});

describe('USAGE', () => {
  it('lists every word of the grammar', () => {
    const words = [
      'today',
      'yesterday',
      'this week',
      'last week',
      'this month',
      'last month',
      'last N days',
      'last N hours',
      'Nd',
      'Nh',
      'YYYY-MM-DD',
      'YYYY-MM-DD..YYYY-MM-DD',
      'monday',
      'sunday',
    ];
    const filters = [
      'missed',
      'answered',
      'voicemail',
      'unreturned',
      'inbound',
      'outbound',
      'recorded',
      'voice',
      'fax',
    ];
    const rest = [
      'mine',
      'all',
      'ext 101',
      '@someone',
      '/calllog active',
      '/calllog recording ID',
      '/calllog scopes',
      '/calllog whoami',
      '/calllog help',
    ];
    for (const word of [...words, ...filters, ...rest]) expect(USAGE).toContain(word);
  });

  it('states the caps, the week start and the weekday rule', () => {
    expect(USAGE).toContain('1–366');
    expect(USAGE).toContain('1–72');
    expect(USAGE).toContain('Monday (ISO)');
    expect(USAGE).toContain('today included');
  });

  it('says which views are for admins only, so a member is not surprised by a refusal', () => {
    const line = (start: string) => USAGE.split('\n').find((l) => l.trimStart().startsWith(start)) ?? '';
    expect(line('whose')).toMatch(/all · ext 101 · @someone \(admins( only)?\)/);
    expect(line('/calllog scopes')).toMatch(/admins/);
    expect(line('/calllog active')).toMatch(/admins/);
  });

  it('has no characters Slack would read as markup or mentions', () => {
    expect(USAGE).not.toMatch(/[<>&*_`~]/);
  });
});
