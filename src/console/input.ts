// What the person at the demo console typed: a /calllog command, a button number, or a console command.

export type ConsoleInput =
  | { kind: 'nothing' }
  | { kind: 'command'; text: string }
  | { kind: 'click'; number: number }
  | { kind: 'switchUser'; name: string }
  | { kind: 'listUsers' }
  | { kind: 'home' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'mistake'; message: string };

export const SLASH_COMMAND = '/calllog';

export function parseConsoleInput(line: string): ConsoleInput {
  const input = line.trim();
  if (input === '') return { kind: 'nothing' };
  if (/^\d+$/.test(input)) return { kind: 'click', number: Number(input) };

  if (input.startsWith(':')) {
    const [word = '', ...rest] = input.slice(1).split(/\s+/);
    const argument = rest.join(' ');
    switch (word.toLowerCase()) {
      case 'as':
        return argument
          ? { kind: 'switchUser', name: argument }
          : { kind: 'mistake', message: 'Say who to become, e.g. :as dana (see :users).' };
      case 'users':
        return { kind: 'listUsers' };
      case 'home':
        return { kind: 'home' };
      case 'help':
      case 'h':
      case '?':
        return { kind: 'help' };
      case 'quit':
      case 'q':
      case 'exit':
        return { kind: 'quit' };
      default:
        return { kind: 'mistake', message: `There is no console command ":${word}". Try :help.` };
    }
  }

  if (input.startsWith('/')) {
    const [command = ''] = input.split(/\s+/);
    if (command.toLowerCase() !== SLASH_COMMAND) {
      return {
        kind: 'mistake',
        message: `This workspace only has ${SLASH_COMMAND}; "${command}" is not a command here.`,
      };
    }
    return { kind: 'command', text: input.slice(command.length).trim() };
  }
  // Plain words are shorthand for "/calllog <words>", as in the banner's examples.
  return { kind: 'command', text: input };
}
