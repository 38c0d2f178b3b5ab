// fetch-window: one busy day of company-wide calls, fetched by our service (perPage=1000, follows nextPage)
// and by the SDK at RingCentral's default page size. Requests are counted by the sandbox, not self-reported.
import { createRingCentralClient } from '../src/ringcentral/client.js';
import { type Sandbox, startSandbox } from '../src/sandbox/index.js';
import { createCallLogService } from '../src/service/call-log-service.js';
import { loginWithSdk } from './baselines/raw-sdk.js';
import { fetchAllPages } from './baselines/sdk-default-paging.js';
import { BENCH_DAY_START, BENCH_TIME_ZONE, pinnedClock } from './support/clock.js';
import type { BenchResult } from './support/result.js';

const CALLS_TODAY = 100_000;
const LATENCY_MS = 30;
const OUR_PAGE = 1000;
/** RingCentral's default Heavy group: 10 requests per 60 s per user per app. */
const DEFAULT_HEAVY_PER_MINUTE = 10;
// Raised so the baseline's ~1000 requests take seconds, not 100 minutes of penalties.
const RAISED_HEAVY = { limit: 100_000, windowSec: 60, penaltySec: 60 };
const REQUESTS_TARGET = 9;
const WALL_TIME_TARGET = 2;

export async function run(): Promise<BenchResult> {
  const clock = pinnedClock();
  const sandbox = await startSandbox({
    quiet: true,
    now: clock,
    timeZone: BENCH_TIME_ZONE,
    callsToday: CALLS_TODAY,
    latencyMs: { accountCallLog: LATENCY_MS },
    rateLimits: { Heavy: RAISED_HEAVY },
  });
  try {
    const to = clock();
    const ours = await fetchWithService(sandbox, to);
    const baseline = await fetchWithSdk(sandbox, to);
    const fewestRequests = Math.ceil(baseline.records / OUR_PAGE);
    const heavyWindows = (requests: number): number => Math.ceil(requests / DEFAULT_HEAVY_PER_MINUTE);
    return {
      name: 'fetch-window',
      notes: [
        `company-wide call log for one busy day (sandbox callsToday ${CALLS_TODAY.toLocaleString('en-US')}, seed 42): ${baseline.records.toLocaleString('en-US')} records visible`,
        `sandbox latency ${LATENCY_MS} ms per call-log request; Heavy limit RAISED to ${RAISED_HEAVY.limit.toLocaleString('en-US')}/min so the baseline is not throttled into minutes`,
        `ours: service.calls (perPage ${OUR_PAGE}) returned ${ours.calls.toLocaleString('en-US')} calls after deduplicating internal calls, reported ${ours.selfReported} requests`,
        `at the default Heavy budget (${DEFAULT_HEAVY_PER_MINUTE}/min) ours fits ${(DEFAULT_HEAVY_PER_MINUTE * OUR_PAGE).toLocaleString('en-US')} calls into one minute's budget, the baseline ${(DEFAULT_HEAVY_PER_MINUTE * 100).toLocaleString('en-US')}`,
      ],
      rows: [
        {
          metric: 'call-log requests',
          unit: 'req',
          ours: ours.requests,
          baseline: baseline.requests,
          target: `ours = ⌈records/${OUR_PAGE}⌉ = ${fewestRequests}, ≥ ${REQUESTS_TARGET}× fewer`,
          pass: ours.requests === fewestRequests && baseline.requests / ours.requests >= REQUESTS_TARGET,
        },
        {
          metric: `Heavy windows needed at default ${DEFAULT_HEAVY_PER_MINUTE}/min`,
          unit: '× 60 s',
          ours: heavyWindows(ours.requests),
          baseline: heavyWindows(baseline.requests),
        },
        {
          metric: 'wall time',
          unit: 'ms',
          ours: ours.ms,
          baseline: baseline.ms,
          target: `≥ ${WALL_TIME_TARGET}× faster`,
          pass: baseline.ms / ours.ms >= WALL_TIME_TARGET,
        },
      ],
    };
  } finally {
    await sandbox.close();
  }
}

async function fetchWithService(
  sandbox: Sandbox,
  to: Date,
): Promise<{ requests: number; selfReported: number; calls: number; ms: number }> {
  const client = createRingCentralClient({ serverUrl: sandbox.url, ...sandbox.credentials });
  try {
    const service = createCallLogService({ client });
    await client.login();
    sandbox.clearRequests();
    const started = performance.now();
    const result = await service.calls({
      from: BENCH_DAY_START,
      to,
      whose: { kind: 'account' },
      filters: [],
      timeZone: BENCH_TIME_ZONE,
    });
    const ms = performance.now() - started;
    return { requests: callLogRequests(sandbox), selfReported: result.requests, calls: result.calls.length, ms };
  } finally {
    await client.close();
  }
}

async function fetchWithSdk(sandbox: Sandbox, to: Date): Promise<{ requests: number; records: number; ms: number }> {
  const platform = await loginWithSdk({ serverUrl: sandbox.url, ...sandbox.credentials });
  try {
    sandbox.clearRequests();
    const started = performance.now();
    const records = await fetchAllPages(platform, '/restapi/v1.0/account/~/call-log', {
      dateFrom: BENCH_DAY_START.toISOString(),
      dateTo: to.toISOString(),
      view: 'Simple',
    });
    const ms = performance.now() - started;
    return { requests: callLogRequests(sandbox), records: records.length, ms };
  } finally {
    await platform.logout().catch(() => undefined);
  }
}

function callLogRequests(sandbox: Sandbox): number {
  return sandbox.requests.filter((r) => r.route === 'accountCallLog').length;
}
