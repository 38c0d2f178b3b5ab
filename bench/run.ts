// `npm run bench [-- name …]`: runs the benchmarks one after another, prints ours vs baseline as ratios, and
// exits non-zero when a target is missed. Every benchmark has a deadline, so the run always ends by itself.
import { run as ackLatency } from './ack-latency.js';
import { run as fetchWindow } from './fetch-window.js';
import { run as recordingMemory } from './recording-memory.js';
import { run as render10k } from './render-10k.js';
import type { BenchResult } from './support/result.js';
import { formatResults } from './support/table.js';

const BENCHMARKS: Record<string, () => Promise<BenchResult>> = {
  'ack-latency': ackLatency,
  'fetch-window': fetchWindow,
  'recording-memory': recordingMemory,
  'render-10k': render10k,
};

const DEADLINE_MS = 100_000;

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((arg) => arg !== '--');
  const unknown = asked.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark ${unknown.map((n) => `"${n}"`).join(', ')}; choose from: ${Object.keys(BENCHMARKS).join(', ')}`,
    );
    return 2;
  }
  const names = asked.length > 0 ? asked : Object.keys(BENCHMARKS);
  const results: BenchResult[] = [];
  let failed = false;
  for (const name of names) {
    const started = performance.now();
    process.stderr.write(`running ${name}…\n`);
    try {
      results.push(await withDeadline(name, (BENCHMARKS[name] as () => Promise<BenchResult>)()));
    } catch (error) {
      failed = true;
      console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    process.stderr.write(`${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  console.log(formatResults(results));
  return failed || results.some((r) => r.rows.some((row) => row.pass === false)) ? 1 : 0;
}

function withDeadline<T>(name: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not finish within ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

// Exit explicitly: a benchmark cut off by its deadline may still hold sockets open.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
