import { describe, expect, it } from 'vitest';
import { buildCallWindow, selectCalls } from '../../../src/service/calls/call-window.js';
import type { CallFilter } from '../../../src/service/types.js';
import { inbound, ME, outbound, record } from './records.js';

const ALICE = '+14155550100';
const BOB = '+12125550111';
const extensionView = { dedupe: false, extensionId: '101', timeZone: 'UTC' };
const ids = (filters: CallFilter[], window: ReturnType<typeof buildCallWindow>, phoneNumber?: string) =>
  selectCalls(window, { filters, phoneNumber }).map((call) => call.id);

describe('a window of calls', () => {
  it('lists calls newest first whatever order RingCentral used', () => {
    const older = inbound(ALICE, 'Accepted', '2026-03-10T09:00:00Z');
    const newer = inbound(BOB, 'Accepted', '2026-03-10T10:00:00Z');
    const window = buildCallWindow([older, newer], extensionView);
    expect(window.calls.map((c) => c.call.id)).toEqual([newer.id, older.id]);
  });

  it('shows the caller for inbound calls and the number dialled for outbound calls', () => {
    const window = buildCallWindow(
      [inbound(ALICE, 'Missed', '2026-03-10T09:00:00Z'), outbound(BOB, 'Call connected', '2026-03-10T10:00:00Z')],
      extensionView,
    );
    expect(window.calls.map((c) => c.call.otherParty.phoneNumber)).toEqual([BOB, ALICE]);
  });

  it('keys each call on telephonySessionId, else sessionId', () => {
    const window = buildCallWindow(
      [
        inbound(ALICE, 'Accepted', '2026-03-10T09:00:00Z', { telephonySessionId: 's-1', sessionId: 'x' }),
        inbound(BOB, 'Accepted', '2026-03-10T08:00:00Z', { sessionId: 'legacy' }),
      ],
      extensionView,
    );
    expect(window.calls.map((c) => c.call.sessionKey)).toEqual(['s-1', 'legacy']);
  });
});

describe('the summary', () => {
  const records = [
    inbound(ALICE, 'Accepted', '2026-03-10T09:05:00Z', { duration: 120 }),
    inbound(BOB, 'Voicemail', '2026-03-10T09:30:00Z', {
      recording: { id: 'r1', uri: 'u', type: 'Automatic', contentUri: 'c' },
    }),
    inbound(undefined, 'Hang Up', '2026-03-10T13:00:00Z'),
    outbound(ALICE, 'Call connected', '2026-03-10T13:10:00Z', { duration: 60 }),
    outbound(BOB, 'No Answer', '2026-03-10T14:00:00Z'),
    record({
      direction: 'Inbound',
      result: 'Received',
      startTime: '2026-03-10T14:30:00Z',
      type: 'Fax',
      from: { phoneNumber: ALICE },
    }),
  ];

  it("counts answered, missed, voicemail, recorded and talk time by the product's definitions", () => {
    const { summary } = buildCallWindow(records, extensionView);
    // Missed: the voicemail and the hang-up; the fax that arrived is neither answered nor missed.
    expect(summary).toMatchObject({
      total: 6,
      inbound: 4,
      outbound: 2,
      answered: 2,
      missed: 2,
      voicemail: 1,
      recorded: 1,
      talkTimeSec: 180,
    });
  });

  it("buckets calls by hour of day in the requesting user's zone", () => {
    const { summary } = buildCallWindow(records, { ...extensionView, timeZone: 'America/New_York' });
    // 09:05Z and 09:30Z are 05:xx in New York (EDT, UTC-4 on 10 March 2026).
    expect(summary.perHour[5]).toBe(2);
    expect(summary.perHour[9]).toBe(2);
    expect(summary.perHour[10]).toBe(2);
    expect(summary.perHour.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('describes the whole window even when filters pick only some calls', () => {
    const window = buildCallWindow(records, extensionView);
    expect(ids(['answered'], window)).toHaveLength(2);
    expect(window.summary.total).toBe(6);
  });
});

describe('call queues', () => {
  const companyView = { dedupe: true, timeZone: 'UTC' };

  it("a queue call a colleague answered is not the extension's missed call, nor one to return", () => {
    const window = buildCallWindow([inbound(ALICE, 'Answered Elsewhere', '2026-03-10T09:00:00Z')], extensionView);
    expect(window.summary.missed).toBe(0);
    expect(window.summary.unreturned).toBe(0);
  });

  it('in a company view it counts once, answered, whichever member record comes first', () => {
    const start = '2026-03-10T09:00:00Z';
    const session = { sessionId: 'queue-1', telephonySessionId: 's-queue-1' };
    const elsewhere = inbound(ALICE, 'Answered Elsewhere', start, { ...session, extension: { id: 102, uri: 'x' } });
    const taken = inbound(ALICE, 'Accepted', start, { ...session, extension: { id: 103, uri: 'y' } });
    const nobody = inbound('(866) 123-4567', 'Missed', start, { sessionId: 'queue-2', telephonySessionId: 's-q-2' });
    const nobodyToo = inbound('+18661234567', 'Missed', start, { sessionId: 'queue-2', telephonySessionId: 's-q-2' });
    const window = buildCallWindow([elsewhere, taken, nobody, nobodyToo], companyView);
    expect(window.calls).toHaveLength(2);
    expect(window.summary.answered).toBe(1);
    expect(window.summary.missed).toBe(1);
  });
});

describe('unreturned calls', () => {
  it('a missed call stays unreturned until a later outbound call to the same number, however written', () => {
    const missed = inbound('(415) 555-0100', 'Missed', '2026-03-10T09:00:00Z');
    const before = buildCallWindow([missed], extensionView);
    expect(before.summary.unreturned).toBe(1);
    const after = buildCallWindow(
      [missed, outbound('+1 415 555 0100', 'No Answer', '2026-03-10T09:30:00Z')],
      extensionView,
    );
    expect(after.summary.unreturned).toBe(0);
  });

  it('a later answered call from the same caller also returns it', () => {
    const window = buildCallWindow(
      [inbound(ALICE, 'Voicemail', '2026-03-10T09:00:00Z'), inbound(ALICE, 'Accepted', '2026-03-10T09:20:00Z')],
      extensionView,
    );
    expect(window.summary.unreturned).toBe(0);
  });

  it('a call back made before the miss does not count, nor a later missed call', () => {
    const window = buildCallWindow(
      [
        outbound(ALICE, 'Call connected', '2026-03-10T08:00:00Z'),
        inbound(ALICE, 'Missed', '2026-03-10T09:00:00Z'),
        inbound(ALICE, 'Missed', '2026-03-10T09:10:00Z'),
      ],
      extensionView,
    );
    expect(window.summary.unreturned).toBe(2);
    expect(ids(['unreturned'], window)).toHaveLength(2);
  });

  it('anonymous callers cannot be called back, so they are never listed as unreturned', () => {
    const window = buildCallWindow([inbound(undefined, 'Missed', '2026-03-10T09:00:00Z')], extensionView);
    expect(window.summary).toMatchObject({ missed: 1, unreturned: 0 });
  });

  it('an internal caller is recognised by extension number', () => {
    const fromColleague = record({
      direction: 'Inbound',
      result: 'Missed',
      startTime: '2026-03-10T09:00:00Z',
      from: { extensionNumber: '102' },
    });
    const callBack = record({
      direction: 'Outbound',
      result: 'Call connected',
      startTime: '2026-03-10T09:05:00Z',
      to: { extensionNumber: '102' },
    });
    expect(buildCallWindow([fromColleague], extensionView).summary.unreturned).toBe(1);
    expect(buildCallWindow([fromColleague, callBack], extensionView).summary.unreturned).toBe(0);
  });
});

describe('filters', () => {
  const missedVoicemail = inbound(ALICE, 'Voicemail', '2026-03-10T09:00:00Z');
  const answered = inbound(BOB, 'Accepted', '2026-03-10T10:00:00Z');
  const dialled = outbound(BOB, 'Call connected', '2026-03-10T11:00:00Z', {
    recording: { id: 'r', uri: 'u', type: 'OnDemand', contentUri: 'c' },
  });
  const fax = record({
    direction: 'Inbound',
    result: 'Received',
    startTime: '2026-03-10T12:00:00Z',
    type: 'Fax',
    from: { phoneNumber: ALICE },
    to: ME,
  });
  const window = buildCallWindow([missedVoicemail, answered, dialled, fax], extensionView);

  it('each filter picks what it names', () => {
    expect(ids(['voicemail'], window)).toEqual([missedVoicemail.id]);
    expect(ids(['answered'], window)).toEqual([dialled.id, answered.id]);
    expect(ids(['outbound'], window)).toEqual([dialled.id]);
    expect(ids(['recorded'], window)).toEqual([dialled.id]);
    expect(ids(['fax'], window)).toEqual([fax.id]);
  });

  it('filters combine with AND', () => {
    expect(ids(['inbound', 'answered'], window)).toEqual([answered.id]);
    expect(ids(['missed', 'voice'], window)).toEqual([missedVoicemail.id]);
  });

  it('a phone number matches either party, with or without the country code', () => {
    expect(ids([], window, '2125550111')).toEqual([dialled.id, answered.id]);
    expect(ids(['inbound'], window, '14155550100')).toEqual([fax.id, missedVoicemail.id]);
    expect(ids([], window, '16505550101')).toHaveLength(4); // my own number is on every call
  });

  it('no filters: every call', () => {
    expect(ids([], window)).toHaveLength(4);
  });
});

describe('company-wide views', () => {
  it('count a call once even when several extensions logged it, keeping the answered record', () => {
    const rangEveryone = { telephonySessionId: 'queue-1' };
    const records = [
      inbound(ALICE, 'Missed', '2026-03-10T09:00:00Z', { ...rangEveryone, extension: { id: 101, uri: 'u' } }),
      inbound(ALICE, 'Accepted', '2026-03-10T09:00:00Z', { ...rangEveryone, extension: { id: 102, uri: 'u' } }),
    ];
    const window = buildCallWindow(records, { dedupe: true, timeZone: 'UTC' });
    expect(window.summary).toMatchObject({ total: 1, answered: 1, missed: 0 });
    expect(window.calls[0]?.call.extensionId).toBe('102');
  });

  it('an internal call (one record per side) counts once, as the side that received it', () => {
    const session = { telephonySessionId: 'internal-1', sessionId: 'internal-1' };
    const caller = record({
      direction: 'Outbound',
      result: 'Missed',
      startTime: '2026-03-10T09:00:00Z',
      from: { extensionNumber: '102' },
      to: { extensionNumber: '101' },
      ...session,
    });
    const callee = record({
      direction: 'Inbound',
      result: 'Missed',
      startTime: '2026-03-10T09:00:00Z',
      from: { extensionNumber: '102' },
      to: { extensionNumber: '101' },
      ...session,
    });
    const window = buildCallWindow([caller, callee], { dedupe: true, timeZone: 'UTC' });
    expect(window.summary).toMatchObject({ total: 1, inbound: 1, missed: 1 });
  });

  it("an extension's own view keeps every record", () => {
    const session = { telephonySessionId: 'same' };
    const window = buildCallWindow(
      [
        inbound(ALICE, 'Missed', '2026-03-10T09:00:00Z', session),
        inbound(ALICE, 'Missed', '2026-03-10T09:01:00Z', session),
      ],
      extensionView,
    );
    expect(window.summary.total).toBe(2);
  });
});
