// The sandbox's opt-in variety: call queues that ring several members, the rest of CallResultEnum, numbers not in
// E.164 — and the bot reading them right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallLogRecord } from '../../src/ringcentral/types.js';
import { type Sandbox, type SandboxCallRecord, startSandbox } from '../../src/sandbox/index.js';
import { tallyExtensions } from '../../src/service/calls/breakdown.js';
import { onePerSession } from '../../src/service/calls/dedupe.js';
import { callOutcome, isMissed } from '../../src/service/calls/outcome.js';
import { MIDDAY, manualClock } from '../unit/sandbox/sandbox-client.js';

const clock = manualClock();
let plain: Sandbox;
let varied: Sandbox;

beforeAll(async () => {
  clock.set(MIDDAY);
  plain = await startSandbox({ now: clock.now, historyDays: 5, quiet: true });
  varied = await startSandbox({ now: clock.now, historyDays: 5, quiet: true, variety: true });
});
afterAll(async () => {
  await plain.close();
  await varied.close();
});

const bySession = (records: readonly SandboxCallRecord[]) => {
  const sessions = new Map<string, SandboxCallRecord[]>();
  for (const r of records) sessions.set(r.telephonySessionId, [...(sessions.get(r.telephonySessionId) ?? []), r]);
  return sessions;
};

describe('variety', () => {
  it('is off by default, and on it leaves every generated call in place (its own random stream)', () => {
    const ids = new Set(varied.company.records.map((r) => r.id));
    expect(plain.company.records.every((r) => ids.has(r.id))).toBe(true);
    expect(varied.company.records.length).toBeGreaterThan(plain.company.records.length);
    expect(plain.company.records.some((r) => r.result === 'Answered Elsewhere')).toBe(false);
  });

  it('is deterministic: the same seed gives the same records', async () => {
    const again = await startSandbox({ now: clock.now, historyDays: 5, quiet: true, variety: true });
    try {
      expect(again.company.records.map((r) => `${r.id} ${r.result} ${r.from.phoneNumber}`)).toEqual(
        varied.company.records.map((r) => `${r.id} ${r.result} ${r.from.phoneNumber}`),
      );
    } finally {
      await again.close();
    }
  });

  it('a queue call answered by one member is "Answered Elsewhere" for the others, and counts once, answered', () => {
    const queued = [...bySession(varied.company.records).values()].filter((legs) =>
      legs.some((r) => r.result === 'Answered Elsewhere'),
    );
    expect(queued.length).toBeGreaterThan(5);
    for (const legs of queued) {
      expect(legs.filter((r) => r.result === 'Accepted')).toHaveLength(1);
      expect(new Set(legs.map((r) => r.extension.id)).size).toBe(legs.length);
      const [kept] = onePerSession(legs as unknown as CallLogRecord[]);
      expect(kept?.result).toBe('Accepted');
      for (const r of legs.filter((l) => l.result === 'Answered Elsewhere')) {
        expect(isMissed({ direction: r.direction, outcome: callOutcome(r.direction, r.result) })).toBe(false);
      }
    }
  });

  it('the members a queue rang but who did not take the call are not busier, and not missing it, in the breakdown', () => {
    const records = varied.company.records as unknown as CallLogRecord[];
    const elsewhere = varied.company.records.filter((r) => r.result === 'Answered Elsewhere');
    const tallies = tallyExtensions(records, new Set());
    const own = (id: number) =>
      varied.company.records.filter((r) => r.extension.id === id && r.result !== 'Answered Elsewhere');
    const member = elsewhere[0]?.extension.id as number;
    expect(tallies.get(String(member))?.calls).toBe(own(member).length);
  });

  it('the rest of CallResultEnum appears, and numbers in national format', () => {
    const results = new Set(varied.company.records.map((r) => r.result));
    for (const result of ['Answered Elsewhere', 'Sent to Voicemail', 'Declined', 'Stopped', 'Callback requested']) {
      expect(results).toContain(result);
    }
    expect(varied.company.records.some((r) => /^\(\d{3}\) \d{3}-\d{4}$/.test(r.from.phoneNumber ?? ''))).toBe(true);
  });
});
