// A long recording downloaded alone in a fresh process, so nothing else shares its heap: streamed through our
// service to a sink that only counts bytes, or buffered whole through the SDK. Prints the memory it took as JSON.
// The sandbox's recordings last at most ~30 minutes, so a long one is that recording read `parts` times over.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRingCentralClient } from '../../src/ringcentral/client.js';
import { createCallLogService } from '../../src/service/call-log-service.js';
import { loginWithSdk, type RingCentralCredentials } from '../baselines/raw-sdk.js';

export type DownloadWay = 'stream' | 'buffer';

export interface DownloadJob {
  way: DownloadWay;
  ringcentral: RingCentralCredentials;
  recordingId: string;
  /** The recording's contentUri path, as the baseline reads it from the call log. */
  contentPath: string;
  parts: number;
}

export interface DownloadMemory {
  bytes: number;
  /** Highest RSS above the settled process, with V8 collecting garbage on its own schedule. */
  peakRssGrowth: number;
  /** Highest heap + ArrayBuffer memory still reachable (garbage collected before each look), in a second download. */
  liveGrowth: number;
}

interface Downloader {
  /** A small ranged read, so sockets, parsers and JIT are warm before anything is measured. */
  warmUp(): Promise<void>;
  /** The whole long recording; `onData` runs whenever bytes arrive or are kept. Returns its size. */
  download(onData: (bytes: number) => void): Promise<number>;
}

const WARM_UP_RANGE = 'bytes=0-65535';
const LIVE_CHECK_EVERY_BYTES = 1024 * 1024;

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '') as DownloadJob;
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with --expose-gc');
  const downloader = job.way === 'stream' ? await streaming(job) : await buffering(job);
  await downloader.warmUp();

  gc();
  const rssBefore = process.memoryUsage.rss();
  let peakRss = rssBefore;
  const sampleRss = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const sampler = setInterval(sampleRss, 2);
  const bytes = await downloader.download(sampleRss);
  clearInterval(sampler);

  gc();
  const reachable = (): number => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const liveBefore = reachable();
  let live = 0;
  let sinceCheck = 0;
  await downloader.download((arrived) => {
    sinceCheck += arrived;
    if (sinceCheck < LIVE_CHECK_EVERY_BYTES) return;
    sinceCheck = 0;
    gc();
    live = Math.max(live, reachable() - liveBefore);
  });

  const result: DownloadMemory = { bytes, peakRssGrowth: peakRss - rssBefore, liveGrowth: live };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function streaming(job: DownloadJob): Promise<Downloader> {
  const client = createRingCentralClient(job.ringcentral);
  await client.login();
  const service = createCallLogService({ client });
  // Where the audio is (the media host) is read once, as the bot's route remembers it for a link's lifetime.
  const recording = await service.recording(job.recordingId);
  const read = async (range: string | undefined, onData: (bytes: number) => void): Promise<number> => {
    const content = await service.recordingContent(recording, range === undefined ? {} : { range });
    let size = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        onData(chunk.length);
        done();
      },
    });
    await pipeline(content.body, sink);
    return size;
  };
  return {
    async warmUp() {
      await read(WARM_UP_RANGE, () => undefined);
    },
    async download(onData) {
      let size = 0;
      for (let part = 0; part < job.parts; part++) size += await read(undefined, onData);
      return size;
    },
  };
}

async function buffering(job: DownloadJob): Promise<Downloader> {
  const platform = await loginWithSdk(job.ringcentral);
  const read = async (range?: string): Promise<ArrayBuffer> =>
    (await platform.get(job.contentPath, undefined, range ? { headers: { Range: range } } : {})).arrayBuffer();
  return {
    async warmUp() {
      await read(WARM_UP_RANGE);
    },
    async download(onData) {
      // Buffering a long recording means holding all of it at once: every part stays until the end.
      const held: ArrayBuffer[] = [];
      for (let part = 0; part < job.parts; part++) {
        held.push(await read());
        onData((held.at(-1) as ArrayBuffer).byteLength);
      }
      return held.reduce((size, body) => size + body.byteLength, 0);
    },
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
