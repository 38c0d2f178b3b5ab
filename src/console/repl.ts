// The interactive prompt of `npm run demo`: reads lines, hands them to the conversation, prints what comes back.
import { createInterface } from 'node:readline';
import { type Conversation, NoReplyError } from './conversation.js';
import { type DemoPerson, describePerson } from './demo-people.js';
import { parseConsoleInput } from './input.js';

export const SAMPLE_COMMANDS =
  'today · today missed · yesterday answered · last 7 days unreturned · active · whoami · help';
export const ADMIN_SAMPLES = 'all · ext 102 · @someone · scopes';

export const HELP = [
  'Console commands:',
  '  /calllog <words>   send the command as the current user (plain <words> work too)',
  '  <number>           click the button with that number',
  '  :as <name>         become another demo user',
  '  :home              open the Home tab of Call Log',
  '  :users             the people in this workspace',
  '  :help              this text',
  '  :quit              leave (Ctrl-D works too)',
  `Try: ${SAMPLE_COMMANDS}; admins also: ${ADMIN_SAMPLES}.`,
];

export interface ReplOptions {
  conversation: Conversation;
  people: readonly DemoPerson[];
  /** Set by the caller so replies arriving between turns can redraw the prompt. */
  onPrintReady: (print: (lines: string[]) => void) => void;
  color: boolean;
}

/** Runs until :quit, Ctrl-D or Ctrl-C. */
export function runRepl(options: ReplOptions): Promise<void> {
  const { conversation, people } = options;
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  const promptText = () =>
    options.color ? `\x1b[1m${conversation.user.name}>\x1b[0m ` : `${conversation.user.name}> `;
  // Piped input (a script, a test) gets a transcript instead: each line echoed after its prompt.
  const prompt = () => {
    rl.setPrompt(promptText());
    if (interactive) rl.prompt();
  };
  let busy = false;

  options.onPrintReady((lines) => {
    if (busy) {
      process.stdout.write(`${lines.join('\n')}\n`);
      return;
    }
    // A reply between turns (say, after a rate-limit wait): print it above a fresh prompt.
    process.stdout.write(`${interactive ? '\r\x1b[K' : ''}${lines.join('\n')}\n`);
    if (interactive) rl.prompt(true);
  });

  const handle = async (line: string): Promise<boolean> => {
    const input = parseConsoleInput(line);
    const say = (...lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);
    switch (input.kind) {
      case 'nothing':
        return true;
      case 'quit':
        return false;
      case 'help':
        say(...HELP);
        return true;
      case 'listUsers':
        say(...people.map((p) => `${p.id === conversation.user.id ? '*' : ' '} ${describePerson(p)}`));
        return true;
      case 'switchUser': {
        const person = conversation.switchUser(input.name);
        say(
          person
            ? `You are now ${describePerson(person)}.`
            : `Nobody here is called "${input.name}". :users lists everyone.`,
        );
        return true;
      }
      case 'mistake':
        say(input.message);
        return true;
      case 'command':
      case 'click':
      case 'home':
        try {
          if (input.kind === 'command') await conversation.send(input.text);
          else if (input.kind === 'click') await conversation.click(input.number);
          else await conversation.openHome();
        } catch (error) {
          say(
            error instanceof NoReplyError
              ? `${error.message} (The bot may still answer; it will show up here.)`
              : `! ${errorText(error)}`,
          );
        }
        return true;
    }
  };

  return new Promise((resolve) => {
    let queue = Promise.resolve(true);
    prompt();
    rl.on('line', (line) => {
      queue = queue.then(async (open) => {
        if (!open) return false;
        if (!interactive) process.stdout.write(`${promptText()}${line}\n`);
        busy = true;
        const keepGoing = await handle(line);
        busy = false;
        if (keepGoing) prompt();
        else rl.close();
        return keepGoing;
      });
    });
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      // Let a turn in progress finish printing before the caller shuts everything down.
      void queue.then(() => resolve());
    });
  });
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
