// Builds the deterministic synthetic company: same seed and same "today" give the same people and calls.
import { generateCallLog } from './calls.js';
import { generateExtensions } from './directory.js';
import { createRandom } from './random.js';
import type { SyntheticCompany } from './types.js';
import { addVariety } from './variety.js';

export interface CompanyPlan {
  seed: number;
  baseUrl: string;
  /** The media origin recordings' contentUri points at; default `baseUrl`. */
  mediaBaseUrl?: string;
  timeZone: string;
  now: Date;
  callsToday: number;
  historyDays: number;
  extensionCount: number;
  /** Call queues, the rest of CallResultEnum and national-format numbers (see variety.ts). Default false. */
  variety?: boolean;
}

export function generateCompany(plan: CompanyPlan): SyntheticCompany {
  const rng = createRandom(plan.seed);
  const accountId = String(rng.int(100_000_000, 999_999_999) * 10 + 4);
  const extensions = generateExtensions(rng, plan.extensionCount);
  const { records, activeCalls } = generateCallLog({
    rng,
    baseUrl: plan.baseUrl,
    ...(plan.mediaBaseUrl ? { mediaBaseUrl: plan.mediaBaseUrl } : {}),
    accountId,
    extensions,
    timeZone: plan.timeZone,
    now: plan.now,
    callsToday: plan.callsToday,
    historyDays: plan.historyDays,
  });
  // Its own random stream: the calls generated above stay the same with or without it.
  const all = plan.variety ? addVariety(records, extensions, createRandom(plan.seed ^ 0x5eed)) : records;
  return { accountId, extensions, records: all, activeCalls };
}
