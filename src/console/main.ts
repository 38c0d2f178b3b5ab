// `npm run demo`: the bot, its RingCentral sandbox and a terminal that plays Slack, all in this process.
// `npm run demo -- "/calllog today"` runs that one command and exits; `--as <name>` picks the demo user.
import type { LogLevel } from '../config.js';
import { type Conversation, NoReplyError, startConversation } from './conversation.js';
import { describePerson, findPerson } from './demo-people.js';
import { type DemoWorld, startDemoWorld } from './demo-world.js';
import { parseConsoleInput } from './input.js';
import { ADMIN_SAMPLES, errorText, HELP, runRepl, SAMPLE_COMMANDS } from './repl.js';

interface DemoArgs {
  as?: string;
  /** The one command to run; absent for the interactive console. */
  command?: string;
}

function parseArgs(argv: readonly string[]): DemoArgs {
  const args: DemoArgs = {};
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--as') args.as = argv[++i];
    else if (arg.startsWith('--as=')) args.as = arg.slice('--as='.length);
    else words.push(arg);
  }
  if (words.length > 0) args.command = words.join(' ');
  return args;
}

function logLevelFromEnv(): LogLevel {
  const level = process.env.LOG_LEVEL?.toLowerCase();
  return level === 'debug' || level === 'info' || level === 'warn' || level === 'error' ? level : 'warn';
}

// RingCentral's rate-limit penalty lasts 60 s; a delayed answer comes after it, with room for the retry itself.
const ONE_SHOT_DELAYED_ANSWER_MS = 90_000;

const out = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);
const fail = (message: string) => process.stderr.write(`demo: ${message}\n`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const width = Math.min(process.stdout.columns || 80, 100);

  let world: DemoWorld;
  try {
    world = await startDemoWorld({ logLevel: logLevelFromEnv() });
  } catch (error) {
    fail(`could not start: ${errorText(error)}`);
    return 1;
  }

  try {
    const admin = world.people[0];
    const user = args.as === undefined ? admin : findPerson(world.people, args.as);
    if (!user) {
      fail(
        `nobody in the demo workspace is called "${args.as ?? ''}"; try one of: ${world.people.map((p) => p.name).join(', ')}`,
      );
      return 2;
    }
    let print: (lines: string[]) => void = out;
    const conversation = startConversation({
      emulator: world.emulator,
      botUrl: world.botUrl,
      signingSecret: world.signingSecret,
      people: world.people,
      user,
      print: (lines) => print(lines),
      color,
      width,
      // One command, then exit: a "delayed by RingCentral's rate limit" notice must not end the run before the answer.
      ...(args.command !== undefined ? { delayedAnswerTimeoutMs: ONE_SHOT_DELAYED_ANSWER_MS } : {}),
    });

    if (args.command !== undefined)
      return await runOnce(args.command, conversation, () => out([`You are ${describePerson(user)}.`]));

    out([
      'Call Log demo: a local Slack talking to the bot, which answers from the built-in RingCentral sandbox.',
      `Nothing leaves this machine. The sandbox company works in ${world.companyZone} time, picked because it is afternoon there now.`,
      `You are ${describePerson(user)}. :as <name> switches, :users lists everyone.`,
      `Try: ${SAMPLE_COMMANDS}; admins also: ${ADMIN_SAMPLES}.`,
      "Type a button's number to click it, :home to open the Home tab. :help for more, :quit or Ctrl-D to leave.",
    ]);
    await runRepl({ conversation, people: world.people, color, onPrintReady: (p) => (print = p) });
    conversation.stop();
    return 0;
  } finally {
    await world.close();
  }
}

/** One command, its replies, and an exit code: 0 when the bot answered. */
async function runOnce(line: string, conversation: Conversation, introduce: () => void): Promise<number> {
  const input = parseConsoleInput(line);
  if (input.kind === 'help') {
    out(HELP);
    return 0;
  }
  if (input.kind === 'home') {
    introduce();
    out(['> :home']);
    return attempt(() => conversation.openHome());
  }
  if (input.kind !== 'command') {
    fail(input.kind === 'mistake' ? input.message : `"${line}" only works in the interactive console (npm run demo)`);
    return 2;
  }
  introduce();
  out([`> /calllog ${input.text}`.trimEnd()]);
  return attempt(() => conversation.send(input.text));
}

async function attempt(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (error) {
    fail(error instanceof NoReplyError ? error.message : `the command failed: ${errorText(error)}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    fail(`unexpected failure: ${errorText(error)}`);
    process.exit(1);
  },
);
