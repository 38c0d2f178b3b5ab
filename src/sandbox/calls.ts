// The synthetic call log: business days in the company's zone, shaped like RingCentral's call-log records.
// It is long because one generator keeps every record consistent with the others (sessions, both legs of an
// internal call, callbacks, recordings); split up, the invariants between them would be spread across files.
import { TZDate } from '@date-fns/tz';
import { type ExternalParty, generateRegulars, oneOffCaller } from './directory.js';
import type { Random } from './random.js';
import {
  RECORDING_READY_DELAY_MS,
  type SandboxCallParty,
  type SandboxCallRecord,
  type SandboxExtension,
} from './types.js';

export interface CallPlan {
  rng: Random;
  /** Builds absolute URIs; the records are served as they are stored. */
  baseUrl: string;
  /** Where recording content is served (RingCentral's media host); default `baseUrl`. */
  mediaBaseUrl?: string;
  accountId: string;
  extensions: SandboxExtension[];
  timeZone: string;
  now: Date;
  callsToday: number;
  historyDays: number;
}

// Relative call volume per local hour: office hours with a lunch dip, a trickle outside them.
const HOUR_WEIGHTS = [
  0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1.5, 6, 9, 10, 9, 4, 7, 9, 9, 8, 5, 2, 0.8, 0.4, 0.3, 0.2, 0.1,
];
const CALLS_PER_USER_PER_DAY = 6;

const INBOUND_RESULTS = { Accepted: 58, Missed: 14, Voicemail: 12, 'Hang Up': 6, 'No Answer': 4, Rejected: 3, Busy: 3 };
const OUTBOUND_RESULTS = { 'Call connected': 76, 'No Answer': 13, Busy: 7, 'Hang Up': 4 };
const INTERNAL_RESULTS = { Accepted: 80, Missed: 12, Voicemail: 8 };
const CALL_KINDS = { inbound: 52, outbound: 36, internal: 9, faxIn: 2, faxOut: 1 };

// CallResultReasonEnum values RingCentral pairs with each result.
const REASONS: Record<string, string> = {
  Accepted: 'Accepted',
  'Call connected': 'Connected',
  Missed: 'No Answer',
  Voicemail: 'No Answer',
  'No Answer': 'Not Answered',
  'Hang Up': 'Hang Up',
  Busy: 'Line Busy',
  Rejected: 'Calls Not Accepted',
};

const ANSWERED = new Set(['Accepted', 'Call connected']);
const RECORDED_SHARE = 0.22;
/** Recordings every extension has from today that are ready by `now`, so `/calllog today` shows ▶ for anyone. */
const RECORDED_TODAY_AT_LEAST = 1;

export interface CallLog {
  /** Newest first, including today's calls that have not started yet. */
  records: SandboxCallRecord[];
  /** A few calls in progress right now, on different extensions, newest first. */
  activeCalls: SandboxCallRecord[];
}

export function generateCallLog(plan: CallPlan): CallLog {
  const generator = new CallGenerator(plan);
  const normalVolume = plan.extensions.length * CALLS_PER_USER_PER_DAY;
  const today = new TZDate(plan.now.getTime(), plan.timeZone);
  for (let back = plan.historyDays; back >= 0; back--) {
    const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() - back, plan.timeZone);
    const weekend = day.getDay() === 0 || day.getDay() === 6;
    const volume =
      back === 0 ? plan.callsToday : Math.round(normalVolume * (weekend ? 0.08 : 0.8 + 0.4 * plan.rng.next()));
    generator.day(day, volume);
    if (back === 0) generator.recordSomeOfToday(day.getTime(), plan.now.getTime());
  }
  const records = generator.takeNewestFirst();
  const activeCount = Math.min(4, plan.extensions.length);
  for (let i = 0; i < activeCount; i++) {
    const startMs = plan.now.getTime() - plan.rng.int(20, 1200) * 1000;
    generator.activeCall(plan.extensions[(i * 3) % plan.extensions.length] as SandboxExtension, startMs);
  }
  return { records, activeCalls: generator.takeNewestFirst() };
}

class CallGenerator {
  private records: Array<{ startMs: number; record: SandboxCallRecord }> = [];
  private readonly regulars: ExternalParty[];
  private readonly prefix: string;
  private recordCount = 0;
  private sessionCount = 0;
  private recordingCount = 0;
  private readonly sessionBase: number;
  private readonly recordingBase: number;
  // Records share their sub-objects (extension reference, parties): fewer allocations at 100 000 calls.
  private readonly extensionRefs = new Map<SandboxExtension, { id: number; uri: string }>();
  private readonly ownParties = new Map<SandboxExtension, SandboxCallParty>();
  private readonly externalParties = new Map<ExternalParty, SandboxCallParty>();

  constructor(private readonly plan: CallPlan) {
    const { rng } = plan;
    this.regulars = generateRegulars(rng, Math.max(30, plan.extensions.length * 2));
    for (const regular of this.regulars) this.externalParties.set(regular, this.outside(regular));
    this.prefix = Array.from({ length: 4 }, () =>
      rng.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz']),
    ).join('');
    this.sessionBase = rng.int(10_000_000, 99_999_999) * 1000;
    this.recordingBase = rng.int(1_000_000, 9_999_999) * 1000;
  }

  day(day: TZDate, volume: number): void {
    const { rng } = this.plan;
    const hourStarts = HOUR_WEIGHTS.map((_, h) =>
      new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), h, this.plan.timeZone).getTime(),
    );
    const starts: number[] = new Array<number>(volume);
    for (let i = 0; i < volume; i++) {
      const hour = pickHour(rng.next());
      starts[i] = (hourStarts[hour] as number) + Math.floor(rng.next() * 3_600_000);
    }
    starts.sort((a, b) => a - b);
    // Missed callers per extension, oldest first: outbound calls later in the day may return them.
    const pending = new Map<string, ExternalParty[]>();
    for (const startMs of starts) this.call(startMs, pending);
  }

  activeCall(extension: SandboxExtension, startMs: number): void {
    const { rng } = this.plan;
    const party = rng.chance(0.5) ? rng.pick(this.regulars) : oneOffCaller(rng);
    const inbound = rng.chance(0.6);
    this.add(extension, this.session(), startMs, {
      type: 'Voice',
      direction: inbound ? 'Inbound' : 'Outbound',
      action: inbound ? 'Phone Call' : 'VoIP Call',
      result: 'In Progress',
      from: inbound ? this.outside(party) : this.own(extension),
      to: inbound ? this.own(extension) : this.outside(party),
      transport: inbound ? 'PSTN' : 'VoIP',
      internalType: inbound ? 'Usual' : 'LongDistance',
    });
  }

  /**
   * Gives every extension at least RECORDED_TODAY_AT_LEAST recordings among today's answered outside calls whose
   * recording is ready by `nowMs`, earliest first. It draws nothing from the random stream, so everything generated
   * after it stays as it was.
   */
  recordSomeOfToday(todayStartMs: number, nowMs: number): void {
    const recorded = new Map<string, number>();
    const candidates: SandboxCallRecord[] = [];
    for (let i = this.records.length - 1; i >= 0; i--) {
      const { startMs, record } = this.records[i] as { startMs: number; record: SandboxCallRecord };
      if (startMs < todayStartMs) break;
      const ready = startMs + (record.durationMs ?? 0) + RECORDING_READY_DELAY_MS <= nowMs;
      const outside = record.from.extensionId === undefined || record.to.extensionId === undefined;
      if (!ready || !outside || record.type !== 'Voice' || !ANSWERED.has(record.result)) continue;
      const owner = String(record.extension.id);
      if (record.recording) recorded.set(owner, (recorded.get(owner) ?? 0) + 1);
      else if ((record.durationMs ?? 0) >= 5000) candidates.push(record);
    }
    // The day's earliest, so that the recordings spread over the day rather than crowd its latest calls.
    for (const record of candidates.reverse()) {
      const owner = String(record.extension.id);
      const count = recorded.get(owner) ?? 0;
      if (count >= RECORDED_TODAY_AT_LEAST) continue;
      record.recording = this.recording('Automatic');
      recorded.set(owner, count + 1);
    }
  }

  /** Hands over what was generated so far, newest first, and starts a fresh list. */
  takeNewestFirst(): SandboxCallRecord[] {
    // Stable sort: an internal call's two records keep their order (caller first).
    const taken = this.records.sort((a, b) => b.startMs - a.startMs).map((r) => r.record);
    this.records = [];
    return taken;
  }

  private call(startMs: number, pending: Map<string, ExternalParty[]>): void {
    const { rng, extensions } = this.plan;
    const extension = rng.pick(extensions);
    const kind = rng.weighted(CALL_KINDS);
    switch (kind) {
      case 'inbound': {
        const regular = rng.chance(0.65);
        const party = regular ? rng.pick(this.regulars) : oneOffCaller(rng);
        const result = rng.weighted(INBOUND_RESULTS);
        if (regular && !ANSWERED.has(result)) queue(pending, extension.id).push(party);
        this.external(extension, startMs, 'Inbound', party, result);
        return;
      }
      case 'outbound': {
        const waiting = pending.get(extension.id);
        const party =
          waiting && waiting.length > 0 && rng.chance(0.55)
            ? (waiting.shift() as ExternalParty)
            : rng.chance(0.7)
              ? rng.pick(this.regulars)
              : oneOffCaller(rng);
        this.external(extension, startMs, 'Outbound', party, rng.weighted(OUTBOUND_RESULTS));
        return;
      }
      case 'internal': {
        let callee = rng.pick(extensions);
        while (callee === extension) callee = rng.pick(extensions);
        this.internal(extension, callee, startMs);
        return;
      }
      case 'faxIn':
      case 'faxOut':
        this.fax(extension, startMs, kind === 'faxIn' ? 'Inbound' : 'Outbound');
    }
  }

  private external(
    extension: SandboxExtension,
    startMs: number,
    direction: 'Inbound' | 'Outbound',
    party: ExternalParty,
    result: string,
  ): void {
    const { rng } = this.plan;
    const durationMs = this.durationMs(result);
    const record = this.add(extension, this.session(), startMs, {
      durationMs,
      type: 'Voice',
      direction,
      action: direction === 'Inbound' ? 'Phone Call' : rng.chance(0.85) ? 'VoIP Call' : 'RingOut PC',
      result,
      reason: REASONS[result],
      from: direction === 'Inbound' ? this.outside(party) : this.own(extension),
      to: direction === 'Inbound' ? this.own(extension) : this.outside(party),
      transport: direction === 'Inbound' ? 'PSTN' : 'VoIP',
      internalType: direction === 'Inbound' ? 'Usual' : 'LongDistance',
    });
    if (ANSWERED.has(result) && durationMs >= 5000 && rng.chance(RECORDED_SHARE)) {
      record.recording = this.recording(rng.chance(0.7) ? 'Automatic' : 'OnDemand');
    }
  }

  private internal(caller: SandboxExtension, callee: SandboxExtension, startMs: number): void {
    const result = this.plan.rng.weighted(INTERNAL_RESULTS);
    const durationMs = this.durationMs(result);
    const session = this.session();
    const from = { extensionNumber: caller.extensionNumber, extensionId: caller.id, name: caller.name };
    const to = { extensionNumber: callee.extensionNumber, extensionId: callee.id, name: callee.name };
    const callerResult = result === 'Accepted' ? 'Call connected' : 'No Answer';
    const common = { durationMs, type: 'Voice', from, to, transport: 'VoIP', internalType: 'Usual' } as const;
    this.add(caller, session, startMs, {
      ...common,
      direction: 'Outbound',
      action: 'VoIP Call',
      result: callerResult,
      reason: REASONS[callerResult],
    });
    this.add(callee, session, startMs, {
      ...common,
      direction: 'Inbound',
      action: 'Phone Call',
      result,
      reason: REASONS[result],
    });
  }

  private fax(extension: SandboxExtension, startMs: number, direction: 'Inbound' | 'Outbound'): void {
    const { rng } = this.plan;
    const party = rng.chance(0.5) ? rng.pick(this.regulars) : oneOffCaller(rng);
    this.add(extension, this.session(), startMs, {
      durationMs: rng.int(30_000, 180_000),
      type: 'Fax',
      direction,
      action: direction === 'Inbound' ? 'Incoming Fax' : 'Outgoing Fax',
      result: direction === 'Inbound' ? 'Received' : 'Sent',
      from: direction === 'Inbound' ? this.outside(party) : this.own(extension),
      to: direction === 'Inbound' ? this.own(extension) : this.outside(party),
      transport: 'PSTN',
      internalType: direction === 'Inbound' ? 'Usual' : 'LongDistance',
    });
  }

  /** Builds and keeps one record; the literal is written out in full so 100 000 of them stay cheap. */
  private add(extension: SandboxExtension, session: Session, startMs: number, call: CallFacts): SandboxCallRecord {
    const id = `${this.prefix}${(this.recordCount++).toString(36).padStart(7, '0')}`;
    const ref = this.extensionRef(extension);
    const record: SandboxCallRecord = {
      id,
      uri: `${ref.uri}/call-log/${id}`,
      sessionId: session.sessionId,
      telephonySessionId: session.telephonySessionId,
      extension: ref,
      startTime: new Date(startMs).toISOString(),
      type: call.type,
      direction: call.direction,
      action: call.action,
      result: call.result,
      from: call.from,
      to: call.to,
      transport: call.transport,
      internalType: call.internalType,
    };
    if (call.durationMs !== undefined) {
      record.duration = Math.floor(call.durationMs / 1000);
      record.durationMs = call.durationMs;
    }
    if (call.reason !== undefined) record.reason = call.reason;
    this.records.push({ startMs, record });
    return record;
  }

  private extensionRef(extension: SandboxExtension): { id: number; uri: string } {
    const known = this.extensionRefs.get(extension);
    if (known) return known;
    const uri = `${this.plan.baseUrl}/restapi/v1.0/account/${this.plan.accountId}/extension/${extension.id}`;
    const ref = { id: Number(extension.id), uri };
    this.extensionRefs.set(extension, ref);
    return ref;
  }

  private own(extension: SandboxExtension): SandboxCallParty {
    let party = this.ownParties.get(extension);
    if (!party) {
      party = { phoneNumber: extension.phoneNumber, extensionNumber: extension.extensionNumber, name: extension.name };
      this.ownParties.set(extension, party);
    }
    return party;
  }

  private outside(external: ExternalParty): SandboxCallParty {
    const known = this.externalParties.get(external);
    if (known) return known;
    return external.name === undefined
      ? { phoneNumber: external.phoneNumber, location: external.location }
      : { phoneNumber: external.phoneNumber, name: external.name, location: external.location };
  }

  private session(): Session {
    const n = this.sessionBase + this.sessionCount++;
    return { sessionId: String(n), telephonySessionId: `s-a${n.toString(16)}${this.prefix}` };
  }

  private recording(type: 'Automatic' | 'OnDemand') {
    const id = String(this.recordingBase + this.recordingCount++);
    const path = `/restapi/v1.0/account/${this.plan.accountId}/recording/${id}`;
    const media = this.plan.mediaBaseUrl ?? this.plan.baseUrl;
    return { id, uri: `${this.plan.baseUrl}${path}`, type, contentUri: `${media}${path}/content` };
  }

  /** Rough durations per result; answered calls are long-tailed (most a few minutes, some near an hour). */
  private durationMs(result: string): number {
    const { rng } = this.plan;
    switch (result) {
      case 'Accepted':
      case 'Call connected': {
        const normal = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
        return Math.min(3_600_000, Math.round(Math.exp(4.6 + 0.9 * normal) * 1000) + 5_000);
      }
      case 'Voicemail':
        return rng.int(15_000, 90_000);
      case 'Missed':
      case 'No Answer':
        return rng.int(15_000, 40_000);
      case 'Hang Up':
        return rng.int(2_000, 15_000);
      default:
        return rng.int(0, 3_000);
    }
  }
}

type CallFacts = Pick<
  SandboxCallRecord,
  'durationMs' | 'type' | 'direction' | 'action' | 'result' | 'reason' | 'from' | 'to' | 'transport' | 'internalType'
>;

interface Session {
  sessionId: string;
  telephonySessionId: string;
}

const HOUR_CUMULATIVE = (() => {
  const total = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  let sum = 0;
  return HOUR_WEIGHTS.map((w) => (sum += w / total));
})();

function pickHour(roll: number): number {
  const hour = HOUR_CUMULATIVE.findIndex((edge) => roll < edge);
  return hour === -1 ? 23 : hour;
}

function queue(pending: Map<string, ExternalParty[]>, extensionId: string): ExternalParty[] {
  const list = pending.get(extensionId) ?? [];
  pending.set(extensionId, list);
  return list;
}
