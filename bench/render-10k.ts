// render-10k: the call list for a 10 000-call day. Ours is renderCallList (summary + 15 calls a page + paging
// buttons); the baseline renders every call as a row. Both are checked against Block Kit's limits with the
// test suite's independent checker.
import { CALLS_PER_PAGE, renderCallList } from '../src/blocks/index.js';
import type { ListState } from '../src/query/list-state.js';
import type { TimeWindow } from '../src/query/types.js';
import { createRingCentralClient } from '../src/ringcentral/client.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createCallLogService } from '../src/service/call-log-service.js';
import type { CallsResult } from '../src/service/types.js';
import { blockKitViolations } from '../test/support/block-kit-limits.js';
import { renderEveryCall } from './baselines/row-per-call.js';
import { BENCH_DAY_START, BENCH_TIME_ZONE, pinnedClock } from './support/clock.js';
import type { BenchResult } from './support/result.js';
import { percentile } from './support/stats.js';

const CALLS = 10_000;
/** A little over 10 000 calls remain after internal calls (two records each) are counted once. */
const CALLS_TODAY = 12_000;
const OUR_RENDERS = 300;
const BASELINE_RENDERS = 30;
// Far above ours, below what touching every call per render costs (the baseline's ~8 ms): catches that regression.
const RENDER_P95_TARGET_MS = 5;
// 13 pages of 1000: over the default 10 Heavy requests a minute.
const RAISED_HEAVY = { limit: 1000, windowSec: 60, penaltySec: 60 };

export async function run(): Promise<BenchResult> {
  const { result, window } = await busyDay();
  const state: ListState = {
    when: { kind: 'today' },
    from: window.from.getTime(),
    to: window.to.getTime(),
    tz: window.timeZone,
    filters: [],
    audience: { kind: 'all' },
    page: 0,
  };
  const pages = Math.ceil(result.calls.length / CALLS_PER_PAGE);
  const ours = (page: number) =>
    renderCallList({ result, window, state: { ...state, page }, filters: [], whose: 'Company-wide calls' });
  const baseline = () => renderEveryCall(result, window.timeZone);

  // Every page is rendered in turn: a click on Next renders the page after.
  const ourTimes = timeEach(OUR_RENDERS, (i) => ours(i % pages));
  const baselineTimes = timeEach(BASELINE_RENDERS, () => baseline());
  const firstPage = ours(0);
  const baselineMessage = baseline();
  const ourViolations = [firstPage, ours(Math.floor(pages / 2)), ours(pages - 1)].reduce(
    (sum, message) => sum + blockKitViolations(message).length,
    0,
  );
  const baselineViolations = blockKitViolations(baselineMessage);
  const p95 = { ours: percentile(ourTimes, 95), baseline: percentile(baselineTimes, 95) };

  return {
    name: 'render-10k',
    notes: [
      `CallsResult for ${result.calls.length.toLocaleString('en-US')} calls: a busy company day in the sandbox (seed 42) fetched through service.calls, newest ${CALLS.toLocaleString('en-US')} kept`,
      `ours: ${OUR_RENDERS} renders cycling through all ${pages} pages; baseline: ${BASELINE_RENDERS} renders; violations checked on ours' first, middle and last page`,
      `baseline violations: ${baselineViolations.slice(0, 3).join('; ')}`,
    ],
    rows: [
      { metric: 'render p50', unit: 'ms', ours: percentile(ourTimes, 50), baseline: percentile(baselineTimes, 50) },
      {
        metric: 'render p95',
        unit: 'ms',
        ...p95,
        target: `ours < ${RENDER_P95_TARGET_MS} ms`,
        pass: p95.ours < RENDER_P95_TARGET_MS,
      },
      {
        metric: 'blocks (first page)',
        unit: 'blocks',
        ours: firstPage.blocks.length,
        baseline: baselineMessage.blocks.length,
        target: 'ours ≤ 50',
        pass: firstPage.blocks.length <= 50,
      },
      {
        metric: 'payload (first page, JSON)',
        unit: 'KB',
        ours: jsonKb(firstPage),
        baseline: jsonKb(baselineMessage),
      },
      {
        metric: 'Block Kit violations',
        unit: 'found',
        ours: ourViolations,
        baseline: baselineViolations.length,
        target: 'ours 0, baseline > 0',
        pass: ourViolations === 0 && baselineViolations.length > 0,
      },
    ],
  };
}

async function busyDay(): Promise<{ result: CallsResult; window: TimeWindow }> {
  const clock = pinnedClock();
  const sandbox = await startSandbox({
    quiet: true,
    now: clock,
    timeZone: BENCH_TIME_ZONE,
    callsToday: CALLS_TODAY,
    rateLimits: { Heavy: RAISED_HEAVY },
  });
  const client = createRingCentralClient({ serverUrl: sandbox.url, ...sandbox.credentials });
  try {
    const window: TimeWindow = { from: BENCH_DAY_START, to: clock(), label: 'today', timeZone: BENCH_TIME_ZONE };
    const service = createCallLogService({ client });
    const fetched = await service.calls({
      from: window.from,
      to: window.to,
      whose: { kind: 'account' },
      filters: [],
      timeZone: window.timeZone,
    });
    if (fetched.calls.length < CALLS)
      throw new Error(`the sandbox day has ${fetched.calls.length} calls, fewer than ${CALLS}`);
    return { result: { ...fetched, calls: fetched.calls.slice(0, CALLS) }, window };
  } finally {
    await client.close();
    await sandbox.close();
  }
}

/** Milliseconds each of `times` calls took. */
function timeEach(times: number, work: (i: number) => unknown): number[] {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    work(i);
    took.push(performance.now() - started);
  }
  return took;
}

function jsonKb(message: unknown): number {
  return Buffer.byteLength(JSON.stringify(message)) / 1024;
}
