// `npm start` as an operator meets it: a real process, its exit code and what it prints.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeLoopbackPort } from '../../src/console/demo-world.js';
import { type SlackEmulator, startSlackEmulator } from '../../src/local-slack/index.js';
import { waitForHealthy } from '../support/wait-for-healthy.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'main.ts');
const BOT_TOKEN = 'xoxb-process-test-token-9f8e7d';
const SIGNING_SECRET = 'process-test-signing-secret-4c3b2a';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `src/main.ts` in an empty folder (no .env) with exactly `env`; `whileRunning` may poke it. */
function runMain(
  env: Record<string, string>,
  whileRunning?: (child: ReturnType<typeof spawn>) => Promise<void>,
): Promise<Run> {
  const child = spawn(TSX, [MAIN], {
    cwd: mkdtempSync(join(tmpdir(), 'calllog-main-')),
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  void whileRunning?.(child).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return exited;
}

describe('npm start with bad settings', () => {
  it('names every problem on its own line, exits 1, prints no stack trace and no secret', async () => {
    const run = await runMain({
      SLACK_BOT_TOKEN: 'xoxp-not-a-bot-token-secret',
      PORT: 'eighty',
      DEFAULT_TIMEZONE: 'Mars/Olympus_Mons',
    });
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n');
    for (const variable of [
      'SLACK_SIGNING_SECRET',
      'SLACK_BOT_TOKEN',
      'PORT',
      'RC_CLIENT_ID',
      'RC_CLIENT_SECRET',
      'RC_JWT',
      'DEFAULT_TIMEZONE',
    ]) {
      expect(lines.filter((line) => line.includes(variable))).toHaveLength(1);
    }
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr + run.stdout).not.toContain('not-a-bot-token-secret');
  }, 30_000);
});

describe('npm start with the built-in sandbox', () => {
  let slack: SlackEmulator;
  beforeAll(async () => {
    slack = await startSlackEmulator({ users: [], botToken: BOT_TOKEN });
  });
  afterAll(async () => {
    await slack.close();
  });

  it('becomes healthy, then stops cleanly with exit 0 on SIGTERM', async () => {
    const port = await freeLoopbackPort();
    const run = await runMain(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        CALLLOG_SANDBOX: '1',
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      async (child) => {
        await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 20_000);
        child.kill('SIGTERM');
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/SIGTERM/);
    // The bot revokes its token before the sandbox goes: nothing fails on the way out.
    expect(run.stdout + run.stderr).not.toMatch(/logout failed|While shutting down|Shutdown failed/);
    expect(run.stdout + run.stderr).not.toContain(BOT_TOKEN);
    expect(run.stdout + run.stderr).not.toContain(SIGNING_SECRET);
  }, 30_000);
});
