import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { type CompanyPlan, generateCompany } from '../../../src/sandbox/company.js';
import { recordingReadyAt, type SandboxCallRecord } from '../../../src/sandbox/index.js';
import { MIDDAY } from './sandbox-client.js';

const PLAN: CompanyPlan = {
  seed: 42,
  baseUrl: 'http://127.0.0.1:1',
  timeZone: 'America/New_York',
  now: new Date(MIDDAY),
  callsToday: 150,
  historyDays: 35,
  extensionCount: 25,
};
const company = generateCompany(PLAN);
const ANSWERED = ['Accepted', 'Call connected'];

function localHour(record: SandboxCallRecord): number {
  return new TZDate(Date.parse(record.startTime), 'America/New_York').getHours();
}

function startOfToday(): number {
  const now = new TZDate(MIDDAY, 'America/New_York');
  return new TZDate(now.getFullYear(), now.getMonth(), now.getDate(), 'America/New_York').getTime();
}

describe('the synthetic company', () => {
  it('is the same for the same seed and day, and different for another seed', () => {
    expect(generateCompany(PLAN)).toEqual(company);
    expect(generateCompany({ ...PLAN, seed: 7 }).records[0]).not.toEqual(company.records[0]);
  });

  it('has 25 users with company emails and exactly one admin, extension 101', () => {
    expect(company.extensions).toHaveLength(25);
    expect(company.extensions.filter((e) => e.isAdmin).map((e) => e.extensionNumber)).toEqual(['101']);
    for (const e of company.extensions)
      expect(e.email).toBe(`${e.firstName}.${e.lastName}@acme-sandbox.example`.toLowerCase());
    expect(new Set(company.extensions.map((e) => e.email)).size).toBe(25);
  });

  it('lists records newest first', () => {
    const starts = company.records.map((r) => Date.parse(r.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('spreads callsToday calls over the whole of today, later ones included', () => {
    const today = company.records.filter((r) => Date.parse(r.startTime) >= startOfToday());
    expect(new Set(today.map((r) => r.telephonySessionId)).size).toBe(150);
    expect(today.some((r) => Date.parse(r.startTime) > MIDDAY)).toBe(true);
  });

  it('keeps history for historyDays days before today', () => {
    const oldest = Date.parse(company.records[company.records.length - 1]?.startTime ?? '');
    const days = (startOfToday() - oldest) / 86_400_000;
    expect(days).toBeGreaterThan(34);
    expect(days).toBeLessThanOrEqual(35);
  });

  it('puts most calls in office hours with a lunch dip', () => {
    const byHour = new Array<number>(24).fill(0);
    for (const r of company.records) byHour[localHour(r)] = (byHour[localHour(r)] ?? 0) + 1;
    const office = byHour.slice(8, 18).reduce((a, b) => a + b, 0);
    expect(office / company.records.length).toBeGreaterThan(0.85);
    expect(byHour[12]).toBeLessThan(byHour[10] as number);
    expect(byHour[12]).toBeLessThan(byHour[14] as number);
  });

  it('records an internal call twice, once per extension, in opposite directions', () => {
    const internal = company.records.filter((r) => r.from.extensionId !== undefined && r.to.extensionId !== undefined);
    expect(internal.length).toBeGreaterThan(0);
    const first = internal[0] as SandboxCallRecord;
    const pair = company.records.filter((r) => r.telephonySessionId === first.telephonySessionId);
    expect(pair.map((r) => r.direction).sort()).toEqual(['Inbound', 'Outbound']);
    expect(pair.map((r) => String(r.extension.id)).sort()).toEqual(
      [first.from.extensionId, first.to.extensionId].sort(),
    );
    expect(pair[0]?.sessionId).toBe(pair[1]?.sessionId);
  });

  it('covers every call result the product distinguishes, faxes and both recording types', () => {
    const results = new Set(company.records.map((r) => r.result));
    for (const result of [
      'Accepted',
      'Call connected',
      'Missed',
      'Voicemail',
      'Hang Up',
      'Rejected',
      'Busy',
      'No Answer',
    ]) {
      expect(results).toContain(result);
    }
    expect(company.records.some((r) => r.type === 'Fax')).toBe(true);
    const recordingTypes = new Set(company.records.map((r) => r.recording?.type).filter(Boolean));
    expect(recordingTypes).toEqual(new Set(['Automatic', 'OnDemand']));
    expect(company.records.filter((r) => r.recording).every((r) => ANSWERED.includes(r.result))).toBe(true);
  });

  it('has repeat callers: some missed callers are called back later, some are not', () => {
    const chronological = [...company.records].reverse();
    let returned = 0;
    let unreturned = 0;
    chronological.forEach((call, i) => {
      if (call.direction !== 'Inbound' || ANSWERED.includes(call.result) || !call.from.phoneNumber) return;
      const later = chronological.slice(i + 1);
      const calledBack = later.some((r) => r.direction === 'Outbound' && r.to.phoneNumber === call.from.phoneNumber);
      if (calledBack) returned++;
      else unreturned++;
    });
    expect(returned).toBeGreaterThan(10);
    expect(unreturned).toBeGreaterThan(10);
  });

  it('gives every extension a recording from today that is ready by now, when it had a call for one', () => {
    const today = company.records.filter((r) => Date.parse(r.startTime) >= startOfToday());
    for (const extension of company.extensions) {
      const own = today.filter((r) => String(r.extension.id) === extension.id && recordingReadyAt(r) <= MIDDAY);
      const recordable = own.filter(
        (r) =>
          r.type === 'Voice' &&
          ANSWERED.includes(r.result) &&
          (r.durationMs ?? 0) >= 5000 &&
          (r.from.extensionId === undefined || r.to.extensionId === undefined),
      );
      const ready = own.filter((r) => r.recording).length;
      expect(ready, extension.extensionNumber).toBeGreaterThanOrEqual(Math.min(1, recordable.length));
    }
    // The admin and the next two, whom the demo plays, have one.
    for (const extension of company.extensions.slice(0, 3)) {
      expect(
        today.some((r) => String(r.extension.id) === extension.id && r.recording && recordingReadyAt(r) <= MIDDAY),
      ).toBe(true);
    }
  });

  it('has a few calls in progress, each on its own extension', () => {
    expect(company.activeCalls.length).toBeGreaterThanOrEqual(2);
    expect(company.activeCalls.every((r) => r.result === 'In Progress' && Date.parse(r.startTime) <= MIDDAY)).toBe(
      true,
    );
    expect(new Set(company.activeCalls.map((r) => r.extension.id)).size).toBe(company.activeCalls.length);
  });

  it('generates a 100 000-call day on two extensions', () => {
    const big = generateCompany({ ...PLAN, callsToday: 100_000, extensionCount: 2, historyDays: 1 });
    const today = big.records.filter((r) => Date.parse(r.startTime) >= startOfToday());
    expect(new Set(today.map((r) => r.telephonySessionId)).size).toBe(100_000);
    expect(new Set(big.records.map((r) => r.id)).size).toBe(big.records.length);
  });
});
