// recording-memory: memory taken by downloading a long recording — streamed through service.recordingContent
// vs buffered whole (`response.arrayBuffer()`). Each download runs in its own fresh process
// (recording-memory/download.ts) so neither pollutes the other's heap.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { recordingReadyAt, type Sandbox, type SandboxCallRecord, startSandbox } from '../src/sandbox/index.js';
import type { DownloadJob, DownloadMemory, DownloadWay } from './recording-memory/download.js';
import { BENCH_TIME_ZONE, pinnedClock } from './support/clock.js';
import type { BenchResult } from './support/result.js';
import { MB, median } from './support/stats.js';

const RUNS = 3;
/** The longest sandbox recording is ~30 minutes; read 4 times over it stands for a 2-hour call. */
const PARTS = 4;
const CHILD_TIMEOUT_MS = 60_000;
// Every run logs in and reads twice; the default Auth (5/min) and Heavy (10/min) budgets would stall the runs.
const RAISED = { limit: 1000, windowSec: 60, penaltySec: 60 };
// Held memory must not grow with the recording; the process footprint must at least halve.
const LIVE_SHARE_TARGET = 0.05;
const LIVE_SAVING_TARGET = 10;
const RSS_SAVING_TARGET = 2;

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOWNLOAD_SCRIPT = fileURLToPath(new URL('./recording-memory/download.ts', import.meta.url));

export async function run(): Promise<BenchResult> {
  const clock = pinnedClock();
  const sandbox = await startSandbox({
    quiet: true,
    now: clock,
    timeZone: BENCH_TIME_ZONE,
    rateLimits: { Auth: RAISED, Heavy: RAISED },
  });
  try {
    const record = longestRecording(sandbox, clock().getTime());
    const recording = record.recording as NonNullable<SandboxCallRecord['recording']>;
    const job = (way: DownloadWay): DownloadJob => ({
      way,
      ringcentral: { serverUrl: sandbox.url, ...sandbox.credentials },
      recordingId: recording.id,
      contentPath: new URL(recording.contentUri).pathname,
      parts: PARTS,
    });
    const streamed: DownloadMemory[] = [];
    const buffered: DownloadMemory[] = [];
    // Alternate, so a slow moment on the machine hits both ways alike.
    for (let i = 0; i < RUNS; i++) {
      streamed.push(await inFreshProcess(job('stream')));
      buffered.push(await inFreshProcess(job('buffer')));
    }
    const size = streamed[0]?.bytes ?? 0;
    const complete = [...streamed, ...buffered].every((d) => d.bytes === size && size > 0);
    if (!complete)
      throw new Error(`downloads differ in size: ${[...streamed, ...buffered].map((d) => d.bytes).join(', ')}`);

    const mb = (runs: DownloadMemory[], pick: (d: DownloadMemory) => number): number => median(runs.map(pick)) / MB;
    const rss = { ours: mb(streamed, (d) => d.peakRssGrowth), baseline: mb(buffered, (d) => d.peakRssGrowth) };
    const live = { ours: mb(streamed, (d) => d.liveGrowth), baseline: mb(buffered, (d) => d.liveGrowth) };
    const sizeMb = size / MB;
    return {
      name: 'recording-memory',
      notes: [
        `a long recording: the sandbox's longest (seed 42, ${record.duration ?? 0} s) read ${PARTS} times back to back = ${sizeMb.toFixed(1)} MB of audio/wav`,
        'ours: service.recordingContent piped to a sink that only counts bytes; baseline: SDK platform.get(contentUri) then response.arrayBuffer(), all parts held',
        `median of ${RUNS} fresh processes per way, after a 64 KB warm-up read; RSS sampled every 2 ms and on every chunk`,
        'held = heap + ArrayBuffers still reachable, garbage collected before each look (every 1 MB received / every part kept)',
      ],
      rows: [
        {
          metric: 'peak RSS growth',
          unit: 'MB',
          ...rss,
          target: `≥ ${RSS_SAVING_TARGET}× less`,
          pass: rss.baseline / rss.ours >= RSS_SAVING_TARGET,
        },
        {
          metric: 'memory held while downloading',
          unit: 'MB',
          ...live,
          target: `ours < ${LIVE_SHARE_TARGET * 100}% of the file and ≥ ${LIVE_SAVING_TARGET}× less`,
          pass: live.ours < sizeMb * LIVE_SHARE_TARGET && live.baseline / live.ours >= LIVE_SAVING_TARGET,
        },
      ],
    };
  } finally {
    await sandbox.close();
  }
}

function longestRecording(sandbox: Sandbox, nowMs: number): SandboxCallRecord {
  let longest: SandboxCallRecord | undefined;
  for (const record of sandbox.company.records) {
    if (!record.recording || recordingReadyAt(record) > nowMs) continue;
    if (!longest || (record.duration ?? 0) > (longest.duration ?? 0)) longest = record;
  }
  if (!longest) throw new Error('the sandbox company has no recording');
  return longest;
}

function inFreshProcess(job: DownloadJob): Promise<DownloadMemory> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', DOWNLOAD_SCRIPT, JSON.stringify(job)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    const timer = setTimeout(() => child.kill(), CHILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = output.trim().split('\n').at(-1);
      if (code !== 0 || !last) return reject(new Error(`the ${job.way} download exited with ${code ?? 'a signal'}`));
      resolve(JSON.parse(last) as DownloadMemory);
    });
  });
}
