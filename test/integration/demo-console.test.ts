// `npm run demo` end to end: the real console entry point, bot, RingCentral sandbox and local Slack, in a child
// process, as a user would run it; and, in process, the console's conversation with the real bot when
// RingCentral's rate limit delays the answer (a child process cannot be made to hit it).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { startConversation } from '../../src/console/conversation.js';
import { SIGNING_SECRET, startTestBot } from '../support/test-bot.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the demo like `npm run demo -- <args>` (tsx through node directly, to skip npm's start-up time). */
function runDemo(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console/main.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

const lines = (text: string) => text.split('\n');

describe('npm run demo', () => {
  let today: Run;
  let typo: Run;
  let session: Run;
  let home: Run;

  beforeAll(async () => {
    [today, typo, session, home] = await Promise.all([
      runDemo(['/calllog today']),
      runDemo(['/calllog', 'tody']),
      runDemo([], 'today\n1\n:users\n:quit\n'),
      runDemo([':home']),
    ]);
  }, 40_000);

  it('runs one command, prints a readable reply and exits 0', () => {
    expect(today.code, today.stderr).toBe(0);
    const out = lines(today.stdout);
    expect(out[0]).toMatch(/^You are @\w+ \(.* · ext 101 · admin · [A-Za-z_/]+\)\.$/);
    expect(out).toContain('> /calllog today');
    expect(out).toContain('(only visible to you)');
    // A header is underlined when there is no colour.
    expect(out.some((line, i) => /today/i.test(line) && /^═+$/.test(out[i + 1] ?? ''))).toBe(true);
    // The summary line states the window and the zone.
    expect(today.stdout).toMatch(/^Today, .*\d{2}:\d{2}–\d{2}:\d{2} [A-Za-z_]+\/[A-Za-z_]+/m);
    expect(today.stdout).toMatch(/^\[1 [^\]]+\]/m);
    expect(today.stdout).toContain('Share in channel]');
    // The demo company gives its people recorded calls today, each with a ▶ button.
    expect(today.stdout).toMatch(/^\[\d+ ▶ Play\]$/m);
    expect(today.stdout).not.toContain('\x1b');
  });

  it('opens the Home tab with :home and shows the view the bot published', () => {
    expect(home.code, home.stderr).toBe(0);
    const out = lines(home.stdout);
    expect(out).toContain('> :home');
    expect(out).toContain('(the Home tab of Call Log, as Noah Jackson sees it)');
    expect(out).toContain('Your RingCentral extension: 101 · Noah Jackson');
    expect(home.stdout).toMatch(/^Today so far · Today, /m);
    expect(home.stdout).toMatch(/^RingCentral permissions: all 7 capabilities available\.$/m);
  });

  it('answers a misspelt word with the usage error and the suggestion "today"', () => {
    expect(typo.code, typo.stderr).toBe(0);
    expect(typo.stdout).toContain('tody');
    expect(typo.stdout).toMatch(/Did you mean today\?/);
    expect(typo.stdout).toContain('/calllog [when] [filters] [whose]');
  });

  it('plays a whole session from piped input: command, a click on a numbered button, console commands', () => {
    expect(session.code, session.stderr).toBe(0);
    const out = session.stdout;
    expect(out).toMatch(/^Call Log demo: /);
    expect(out).toMatch(/^\w+> today$/m);
    expect(out).toMatch(/^\w+> 1$/m);
    // Button 1 of the reply is the first ▶: the click answers privately with the call and a link to its recording.
    const afterClick = out.slice(out.search(/^\w+> 1$/m));
    expect(afterClick).toContain('(only visible to you)\n🎙 Recording · ');
    expect(afterClick).toMatch(
      /^ {2}\d+ → http:\/\/127\.0\.0\.1:\d+\/recordings\/\d+\?u=U0DEMO1&exp=\d+&sig=[\w-]{43}$/m,
    );
    expect(out).toContain('@sam (Sam Visitor · not linked to RingCentral · no time zone)');
    expect(out).toMatch(/^\w+> :quit$/m);
  });
});

describe('the console, when RingCentral rate-limits the bot', () => {
  it('waits past the "answer is delayed" notice for the answer that replaces it, as a one-shot run does', async () => {
    const t = await startTestBot({ logLevel: 'error', sandbox: { historyDays: 1 } });
    try {
      const printed: string[] = [];
      const conversation = startConversation({
        emulator: t.slack,
        botUrl: t.bot.url,
        signingSecret: SIGNING_SECRET,
        people: [{ ...t.people.berlin, isAdmin: false }],
        user: { ...t.people.berlin, isAdmin: false },
        print: (lines) => printed.push(...lines),
        settleMs: 20,
        delayedAnswerTimeoutMs: 10_000,
      });
      // The sandbox's injected 429 asks for a 1 s wait: far longer than the console's quiet time.
      t.sandbox.injectFault({ route: 'extensionCallLog', kind: 429 });
      const turn = await conversation.send('today');
      conversation.stop();

      expect(turn.replies).toBe(2);
      const out = printed.join('\n');
      expect(out).toMatch(/Your answer is delayed/);
      expect(out).toContain('(replaces the message above)');
      expect(out).toMatch(/^Your calls · today$/m);
    } finally {
      await t.close();
    }
  }, 15_000);
});
