import { describe, expect, it } from 'vitest';
import { parseConsoleInput } from '../../../src/console/input.js';

describe('parseConsoleInput', () => {
  it('sends "/calllog …" as the command text Slack would deliver, keeping the user’s words', () => {
    expect(parseConsoleInput('/calllog today missed')).toEqual({ kind: 'command', text: 'today missed' });
    expect(parseConsoleInput('  /CallLog   Last 7 days ')).toEqual({ kind: 'command', text: 'Last 7 days' });
    expect(parseConsoleInput('/calllog')).toEqual({ kind: 'command', text: '' });
  });

  it('treats plain words as shorthand for /calllog', () => {
    expect(parseConsoleInput('today missed')).toEqual({ kind: 'command', text: 'today missed' });
  });

  it('reads a bare number as a click on that button', () => {
    expect(parseConsoleInput('2')).toEqual({ kind: 'click', number: 2 });
  });

  it('knows the console commands', () => {
    expect(parseConsoleInput(':as Dana Ng')).toEqual({ kind: 'switchUser', name: 'Dana Ng' });
    expect(parseConsoleInput(':users')).toEqual({ kind: 'listUsers' });
    expect(parseConsoleInput(':home')).toEqual({ kind: 'home' });
    expect(parseConsoleInput(':help')).toEqual({ kind: 'help' });
    expect(parseConsoleInput(':quit')).toEqual({ kind: 'quit' });
    expect(parseConsoleInput('   ')).toEqual({ kind: 'nothing' });
  });

  it('explains mistakes instead of sending them to the bot', () => {
    expect(parseConsoleInput(':as')).toMatchObject({ kind: 'mistake' });
    expect(parseConsoleInput(':frobnicate')).toEqual({
      kind: 'mistake',
      message: 'There is no console command ":frobnicate". Try :help.',
    });
    expect(parseConsoleInput('/giphy cats')).toMatchObject({
      kind: 'mistake',
      message: expect.stringContaining('"/giphy"'),
    });
  });
});
