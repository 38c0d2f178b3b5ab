// scripts/start.mjs decides whether to build before it starts dist/main.js. Each case runs it in a tiny project of
// its own (a one-file src/, a minimal tsconfig.build.json), so the repository's dist/ is never touched.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const projects: string[] = [];

interface Project {
  dir: string;
  start(): { status: number | null; stdout: string; stderr: string };
  writeMain(code: string, mtimeSec?: number): void;
}

/** A project laid out like this repository; with TypeScript installed (a dev clone) or without (production). */
function project(options: { typescript: boolean }): Project {
  const dir = mkdtempSync(join(tmpdir(), 'calllog-start-'));
  projects.push(dir);
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'src'));
  copyFileSync(join(ROOT, 'scripts/start.mjs'), join(dir, 'scripts/start.mjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(dir, 'tsconfig.build.json'),
    JSON.stringify({
      // The smallest standard library keeps each build well under a second; main.ts declares what it uses.
      compilerOptions: {
        module: 'NodeNext',
        target: 'ES2022',
        lib: ['es5'],
        types: [],
        outDir: 'dist',
        rootDir: 'src',
        noEmitOnError: true,
      },
      include: ['src'],
    }),
  );
  if (options.typescript) {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(ROOT, 'node_modules/typescript'), join(dir, 'node_modules/typescript'), 'dir');
  }
  return {
    dir,
    start() {
      const run = spawnSync(process.execPath, [join(dir, 'scripts/start.mjs')], { cwd: dir, encoding: 'utf8' });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    },
    writeMain(code, mtimeSec) {
      const file = join(dir, 'src/main.ts');
      writeFileSync(file, `declare const console: { log(...values: unknown[]): void };\n${code}`);
      if (mtimeSec !== undefined) utimesSync(file, mtimeSec, mtimeSec);
    },
  };
}

const now = (): number => Math.floor(Date.now() / 1000);

afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start (scripts/start.mjs)', () => {
  it('builds a fresh clone first, runs that build as it is, and rebuilds once a file under src/ is newer', () => {
    const p = project({ typescript: true });
    p.writeMain("const version: string = 'first';\nconsole.log('bot', version);\n", now() - 60);
    const first = p.start();
    expect(first.stdout).toMatch(/^Building dist\/ from src\/ \(no build yet\)/);
    expect(first.stdout).toContain('bot first');
    expect(first.status).toBe(0);
    expect(existsSync(join(p.dir, 'dist/main.js'))).toBe(true);

    expect(p.start().stdout).toBe('bot first\n');

    p.writeMain("console.log('bot second');\n", now() + 5);
    const changed = p.start();
    expect(changed.stdout).toMatch(/^Building dist\/ from src\/ \(src\/ changed since the last build\)/);
    expect(changed.stdout).toContain('bot second');
  }, 30_000);

  it('does not run a build that failed the type check, and says so', () => {
    const p = project({ typescript: true });
    p.writeMain("const broken: number = 'not a number';\nconsole.log(broken);\n");
    const run = p.start();
    expect(run.status).not.toBe(0);
    expect(run.stdout).not.toContain('not a number\n');
    expect(run.stderr).toContain('Call Log for Slack cannot start: the build failed');
    expect(existsSync(join(p.dir, 'dist/main.js'))).toBe(false);
  }, 30_000);

  it('in a production install, runs the existing build without trying to compile', () => {
    const p = project({ typescript: false });
    mkdirSync(join(p.dir, 'dist'));
    writeFileSync(join(p.dir, 'dist/main.js'), "console.log('bot from dist');\n");
    rmSync(join(p.dir, 'src'), { recursive: true });
    const run = p.start();
    expect(run).toMatchObject({ status: 0, stdout: 'bot from dist\n', stderr: '' });
  });

  it('in a production install, notices src/ changed since the build (a deleted file too) and starts it anyway', () => {
    const p = project({ typescript: false });
    p.writeMain("console.log('main');\n", now() - 120);
    writeFileSync(join(p.dir, 'src/extra.ts'), 'export {};\n');
    utimesSync(join(p.dir, 'src/extra.ts'), now() - 120, now() - 120);
    utimesSync(join(p.dir, 'src'), now() - 120, now() - 120);
    mkdirSync(join(p.dir, 'dist'));
    writeFileSync(join(p.dir, 'dist/main.js'), "console.log('bot from dist');\n");
    utimesSync(join(p.dir, 'dist/main.js'), now() - 60, now() - 60);
    expect(p.start().stdout).toBe('bot from dist\n');

    rmSync(join(p.dir, 'src/extra.ts'));
    const run = p.start();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'dist/ is older than src/, and TypeScript is not here to rebuild it: starting it as it is.\nbot from dist\n',
    );
  });

  it('in a production install without dist/, prints one line that says what to do and exits 1', () => {
    const p = project({ typescript: false });
    p.writeMain("console.log('never');\n");
    const run = p.start();
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Call Log for Slack cannot start: dist\/ is missing and TypeScript is not installed/);
    expect(lines[0]).toContain('npm run build');
  });
});
