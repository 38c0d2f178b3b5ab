// calls() end to end: the service, the real SDK and the sandbox's busy day. The expected numbers are computed
// here straight from the sandbox's own records, by the simplest code that can state each definition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralClient, type RingCentralClient } from '../../src/ringcentral/client.js';
import { type Sandbox, type SandboxCallRecord, startSandbox } from '../../src/sandbox/index.js';
import { createCallLogService } from '../../src/service/call-log-service.js';
import type { CallLogService, CallsRequest } from '../../src/service/types.js';
import { defined } from '../support/defined.js';

// 23:30 in New York on Tuesday 10 March 2026 (EDT, UTC-4), moving at the speed of real time.
const SANDBOX_NOW = Date.parse('2026-03-11T03:30:00Z');
const DAY_START = new Date('2026-03-10T04:00:00Z');
const ZONE = 'America/New_York';

let sandbox: Sandbox;
let client: RingCentralClient;
let service: CallLogService;
let sandboxNow: () => number;

beforeAll(async () => {
  const startedAt = Date.now();
  sandboxNow = () => SANDBOX_NOW + (Date.now() - startedAt);
  sandbox = await startSandbox({
    quiet: true,
    callsToday: 2500,
    historyDays: 1,
    timeZone: ZONE,
    now: () => new Date(sandboxNow()),
    // Comparing every member's own log with the shared fetch takes more than the default 10 call-log requests.
    rateLimits: { Heavy: { limit: 100, windowSec: 60, penaltySec: 60 } },
  });
  client = createRingCentralClient({ serverUrl: sandbox.url, ...sandbox.credentials });
  // Each extension's own log; the shared company-wide fetch is compared with it below.
  service = createCallLogService({ client, sharedFetch: false });
  await client.login();
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
});

const ANSWERED = ['Accepted', 'Call connected'];
const FAX_RECEIVED = 'Received';

/** The records RingCentral should list for [from, to): started in the window and already started. */
function inWindow(from: Date, to: Date): SandboxCallRecord[] {
  return sandbox.company.records.filter((r) => {
    const start = Date.parse(r.startTime);
    return start >= from.getTime() && start < to.getTime() && start <= sandboxNow();
  });
}

describe('a company-wide day of 2 500 calls', () => {
  it('is fetched in exactly 3 call-log requests of 1000, and every call is counted once', async () => {
    const to = new Date(sandboxNow());
    const expected = inWindow(DAY_START, to);
    expect(Math.ceil(expected.length / 1000)).toBe(3); // the fixture really is a three-page day
    sandbox.clearRequests();

    const result = await service.calls({
      from: DAY_START,
      to,
      whose: { kind: 'account' },
      filters: [],
      timeZone: ZONE,
    });

    const callLogRequests = sandbox.requests.filter((r) => r.route === 'accountCallLog');
    expect(callLogRequests).toHaveLength(3);
    expect(callLogRequests.every((r) => r.status === 200)).toBe(true);
    // Plus one directory listing, which names the people in the breakdown.
    expect(sandbox.requests.filter((r) => r.route === 'extensionList')).toHaveLength(1);
    expect(result.requests).toBe(4);
    const sessions = new Set(expected.map((r) => r.telephonySessionId));
    expect(result.summary.total).toBe(sessions.size);
    expect(result.calls).toHaveLength(sessions.size);
  });

  it('answered, missed and voicemail match the records, one call per session', async () => {
    const to = new Date(sandboxNow());
    const bySession = new Map<string, SandboxCallRecord[]>();
    for (const r of inWindow(DAY_START, to))
      bySession.set(r.telephonySessionId, [...(bySession.get(r.telephonySessionId) ?? []), r]);
    let answered = 0;
    let missed = 0;
    let voicemail = 0;
    for (const legs of bySession.values()) {
      // A call is answered if anyone answered it; otherwise, if it came in to someone, it was missed — unless it
      // was a fax that arrived.
      if (legs.some((r) => ANSWERED.includes(r.result))) answered++;
      else if (legs.some((r) => r.direction === 'Inbound' && r.result !== FAX_RECEIVED)) missed++;
      if (!legs.some((r) => ANSWERED.includes(r.result)) && legs.some((r) => r.result === 'Voicemail')) voicemail++;
    }

    const { summary } = await service.calls({
      from: DAY_START,
      to,
      whose: { kind: 'account' },
      filters: [],
      timeZone: ZONE,
    });

    expect({ answered: summary.answered, missed: summary.missed, voicemail: summary.voicemail }).toEqual({
      answered,
      missed,
      voicemail,
    });
    expect(summary.perHour.reduce((a, b) => a + b, 0)).toBe(summary.total);
  });
});

describe("one extension's day", () => {
  it("answered, missed, voicemail and unreturned match the extension's own records", async () => {
    const extension = defined(sandbox.company.extensions[2]);
    const to = new Date(sandboxNow());
    const mine = inWindow(DAY_START, to).filter((r) => String(r.extension.id) === extension.id);
    expect(mine.length).toBeGreaterThan(20);
    const other = (r: SandboxCallRecord) => (r.direction === 'Inbound' ? r.from : r.to);
    const who = (party: { phoneNumber?: string; extensionNumber?: string }) =>
      party.phoneNumber ?? (party.extensionNumber && `ext ${party.extensionNumber}`);
    const isMissed = (r: SandboxCallRecord) =>
      r.direction === 'Inbound' && !ANSWERED.includes(r.result) && r.result !== FAX_RECEIVED;
    const unreturned = mine.filter(
      (missedCall) =>
        isMissed(missedCall) &&
        who(missedCall.from) !== undefined &&
        !mine.some(
          (later) =>
            Date.parse(later.startTime) > Date.parse(missedCall.startTime) &&
            who(other(later)) === who(missedCall.from) &&
            (later.direction === 'Outbound' || ANSWERED.includes(later.result)),
        ),
    );

    expect(unreturned.length).toBeGreaterThan(0);

    const result = await service.calls({
      from: DAY_START,
      to,
      whose: { kind: 'extension', extensionId: extension.id },
      filters: ['unreturned'],
      timeZone: ZONE,
    });

    expect(result.summary).toMatchObject({
      total: mine.length,
      answered: mine.filter((r) => ANSWERED.includes(r.result)).length,
      missed: mine.filter(isMissed).length,
      voicemail: mine.filter((r) => r.result === 'Voicemail').length,
      unreturned: unreturned.length,
      recorded: mine.filter((r) => r.recording).length,
    });
    expect(result.calls.map((c) => c.id).sort()).toEqual(unreturned.map((r) => r.id).sort());
    expect(sandbox.requests.at(-1)?.route).toBe('extensionCallLog');
  });

  it('lists calls newest first and paging the same window again costs no request', async () => {
    const extension = defined(sandbox.company.extensions[3]);
    const request = {
      from: DAY_START,
      to: new Date(sandboxNow()),
      whose: { kind: 'extension', extensionId: extension.id },
      filters: [],
      timeZone: ZONE,
    } as const;
    const first = await service.calls(request);
    const starts = first.calls.map((c) => c.startTime.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    sandbox.clearRequests();
    const again = await service.calls({ ...request, filters: ['missed'] });
    expect(again.requests).toBe(0);
    expect(sandbox.requests).toEqual([]);
  });
});

describe("people's own calls from the shared company-wide fetch", () => {
  it("give every member exactly the answer their own extension's log gives, from one fetch of the day", async () => {
    const shared = createCallLogService({ client, sharedFetch: true });
    const to = new Date(sandboxNow());
    const ask = (s: CallLogService, extensionId: string, filters: CallsRequest['filters']) =>
      s.calls({ from: DAY_START, to, whose: { kind: 'extension', extensionId }, filters, timeZone: ZONE });
    const members = sandbox.company.extensions.filter((e) => !e.isAdmin);
    sandbox.clearRequests();
    const fromShared = await Promise.all(members.map((e) => ask(shared, e.id, [])));
    const sharedRequests = sandbox.requests.filter(
      (r) => r.route === 'accountCallLog' || r.route === 'extensionCallLog',
    );
    expect(sharedRequests.every((r) => r.route === 'accountCallLog')).toBe(true);
    expect(sharedRequests).toHaveLength(Math.ceil(inWindow(DAY_START, to).length / 1000));
    for (const [i, member] of members.entries()) {
      const own = await ask(service, member.id, []);
      expect(own.calls.length, member.name).toBeGreaterThan(0);
      expect(fromShared[i]?.calls, member.name).toEqual(own.calls);
      expect(fromShared[i]?.summary, member.name).toEqual(own.summary);
      const unreturned = await ask(shared, member.id, ['unreturned']);
      expect(unreturned.calls).toEqual((await ask(service, member.id, ['unreturned'])).calls);
    }
  });
});
