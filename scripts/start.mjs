// `npm start`: runs the compiled bot, dist/main.js, with plain Node (no tsx). In a development clone it first
// builds dist/ when it is missing or older than src/, so `npm ci && npm start` works; in a production install
// (`npm ci --omit=dev`, no TypeScript) it never builds. Dependency-free on purpose: it runs before anything else.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist', 'main.js');
const sources = join(root, 'src');

/** The newest modification time under `dir`, in ms; a folder's own counts, so a deleted or renamed file does too. */
function newestChange(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function typescriptCompiler() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

/** Compiles src/ into dist/ with the installed TypeScript; exits when the build fails. */
function build(tsc, why) {
  // Notes go to stdout, like tsc's own messages: stderr carries only the bot's log lines.
  process.stdout.write(`Building dist/ from src/ (${why})…\n`);
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status === 0) return;
  process.stderr.write(
    'Call Log for Slack cannot start: the build failed (see above); fix it and run npm start again.\n',
  );
  process.exit(run.status ?? 1);
}

const built = existsSync(entry);
if (!built || (existsSync(sources) && newestChange(sources) > statSync(entry).mtimeMs)) {
  const tsc = typescriptCompiler();
  if (tsc) {
    build(tsc, built ? 'src/ changed since the last build' : 'no build yet');
  } else if (built) {
    process.stdout.write('dist/ is older than src/, and TypeScript is not here to rebuild it: starting it as it is.\n');
  } else {
    process.stderr.write(
      'Call Log for Slack cannot start: dist/ is missing and TypeScript is not installed here. ' +
        'Build it where the dev dependencies are (npm ci && npm run build), or use the Docker image.\n',
    );
    process.exit(1);
  }
}

// Stack traces then point at src/*.ts lines (the build writes source maps).
process.setSourceMapsEnabled(true);
await import(pathToFileURL(entry).href);
