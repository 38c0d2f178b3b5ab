// The production layout as an operator runs it: src/ compiled by tsc into a folder of its own (the repository's
// dist/ is left alone), started by scripts/start.mjs with plain Node and no src/ beside it, against the built-in
// sandbox and a local Slack. It must serve /healthz, answer a signed slash command, log JSON lines only, and stop
// cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { startFakeSlack } from '../support/fake-slack.js';
import { slashCommand } from '../support/slack-payloads.js';
import { waitForHealthy } from '../support/wait-for-healthy.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOT_TOKEN = 'xoxb-production-build-token-5e6f7a';
const SIGNING_SECRET = 'production-build-signing-secret-8b9c0d';

let app: string;

/** Runs a command to completion; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}:\n${output}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function signed(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${signature}`,
  };
}

beforeAll(async () => {
  // package.json (for "type": "module"), scripts/start.mjs and dist/: what the Docker image holds. node_modules
  // points at the repository's, read-only.
  app = mkdtempSync(join(tmpdir(), 'calllog-production-'));
  await run(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(app, 'dist')],
    ROOT,
  );
  copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'));
  mkdirSync(join(app, 'scripts'));
  copyFileSync(join(ROOT, 'scripts/start.mjs'), join(app, 'scripts/start.mjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  writeFileSync(join(app, '.env'), ''); // an empty .env must be as good as none
}, 60_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('the compiled bot started by scripts/start.mjs', () => {
  it('serves /healthz, answers /calllog today, writes only JSON log lines without secrets, and stops on SIGTERM', async () => {
    // The child's sandbox has the same seed as this one, so the same people and the same JWT.
    const sandbox = await startSandbox({ quiet: true });
    const { credentials } = sandbox;
    const person = sandbox.company.extensions.find((e) => !e.isAdmin);
    await sandbox.close();
    if (!person) throw new Error('the sandbox company has no regular user');
    const user = { id: 'UPROD', name: 'prod', realName: person.name, email: person.email, tz: 'America/Chicago' };
    const slack = await startFakeSlack([user], BOT_TOKEN);

    const port = await freePort();
    const child = spawn(process.execPath, [join(app, 'scripts/start.mjs')], {
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        CALLLOG_SANDBOX: '1',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'debug',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 20_000, child);
      const command = slashCommand(slack, user, 'today');
      const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: signed(command.body),
        body: command.body,
      });
      expect(response.status).toBe(200);
      const reply = await slack.waitForMessage((m) => m.responseUrl === command.responseUrl, 10_000);
      expect(reply.body.text).toMatch(/calls?\b/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await slack.close();
    }

    expect(stdout).toBe(''); // nothing to build: there is no src/ here
    const lines = stderr.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(5);
    const entries = lines.map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(entries.map((e) => e.msg)).toContain('Logged in to RingCentral');
    expect(entries.map((e) => e.msg)).toContain('SIGTERM received; shutting down');
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, credentials.clientSecret, credentials.jwt]) {
      expect(stderr).not.toContain(secret);
    }
  }, 40_000);
});
