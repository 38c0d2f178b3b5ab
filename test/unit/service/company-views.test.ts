// The service's company-wide views: each call counted once in the totals, a per-extension breakdown named from the
// directory, extensions found by number, and who is on each call in progress.
import { describe, expect, it } from 'vitest';
import { MissingUserPermissionError } from '../../../src/errors.js';
import { RingCentralHttpError } from '../../../src/ringcentral/errors.js';
import type { CallLogRecord, ExtensionInfo } from '../../../src/ringcentral/types.js';
import { createCallLogService } from '../../../src/service/call-log-service.js';
import type { CallsRequest } from '../../../src/service/types.js';
import { fakeClient, type SentRequest } from './fake-client.js';
import { record } from './records.js';

const ALL = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts'];
const CALL_LOG = '/restapi/v1.0/account/~/call-log';
const DIRECTORY = '/restapi/v1.0/account/~/extension';
const company: CallsRequest = {
  from: new Date('2026-03-10T04:00:00Z'),
  to: new Date('2026-03-10T20:00:00Z'),
  whose: { kind: 'account' },
  filters: [],
  timeZone: 'America/New_York',
};

const ALICE = { id: 11, number: '101', name: 'Alice Smith', phone: '+16505550101' };
const BOB = { id: 12, number: '102', name: 'Bob Lee', phone: '+16505550102' };
const CAROL = { id: 13, number: '103', name: 'Carol Diaz', phone: '+16505550103' };
type Person = typeof ALICE;

const own = (p: Person) => ({
  phoneNumber: p.phone,
  extensionNumber: p.number,
  name: `${p.name} (as the record says)`,
});
const ref = (p: Person) => ({ id: p.id, uri: `https://platform.example/restapi/v1.0/account/1/extension/${p.id}` });

/** A call from `number` into `to`'s log. */
function callIn(to: Person, number: string, result: string, at: string, extra: Partial<CallLogRecord> = {}) {
  return record({
    direction: 'Inbound',
    result,
    startTime: at,
    from: { phoneNumber: number },
    to: own(to),
    extension: ref(to),
    ...extra,
  });
}

function callOut(from: Person, number: string, result: string, at: string, extra: Partial<CallLogRecord> = {}) {
  return record({
    direction: 'Outbound',
    result,
    startTime: at,
    from: own(from),
    to: { phoneNumber: number },
    extension: ref(from),
    ...extra,
  });
}

const directoryEntry = (p: Person): ExtensionInfo => ({
  id: p.id,
  uri: 'u',
  extensionNumber: p.number,
  name: p.name,
  type: 'User',
  status: 'Enabled',
});

function companyService(records: CallLogRecord[], options: { scopes?: string[]; directory?: ExtensionInfo[] } = {}) {
  const { client, sent } = fakeClient({
    scopes: options.scopes ?? ALL,
    answer: (request: SentRequest) => {
      if (request.path === CALL_LOG) return { records, navigation: {} };
      if (request.path === DIRECTORY) return { records: options.directory ?? [ALICE, BOB, CAROL].map(directoryEntry) };
      throw new Error(`unexpected ${request.path}`);
    },
  });
  return { service: createCallLogService({ client }), sent };
}

describe('the company-wide call log', () => {
  // A queue call that rang Alice and Bob and nobody took; Carol called the number back later.
  const queueSession = { sessionId: 'q1', telephonySessionId: 's-queue' };
  const records = [
    callIn(ALICE, '+14155550100', 'Missed', '2026-03-10T14:00:00Z', queueSession),
    callIn(BOB, '+14155550100', 'Missed', '2026-03-10T14:00:00Z', queueSession),
    callOut(CAROL, '+14155550100', 'Call connected', '2026-03-10T15:00:00Z', { duration: 120 }),
    // Bob misses a caller nobody calls back, twice.
    callIn(BOB, '+12125550111', 'Voicemail', '2026-03-10T16:00:00Z'),
    callIn(BOB, '+12125550111', 'No Answer', '2026-03-10T17:00:00Z'),
    // Alice answers two calls.
    callIn(ALICE, '+13125550122', 'Accepted', '2026-03-10T16:30:00Z', { duration: 300 }),
    callIn(ALICE, '+13125550133', 'Accepted', '2026-03-10T16:40:00Z', { duration: 60 }),
    // A record without `extension` (RingCentral sends some): the company counts it, no one's list does.
    record({
      direction: 'Inbound',
      result: 'Missed',
      startTime: '2026-03-10T18:00:00Z',
      from: { phoneNumber: '+17185550144' },
      to: { phoneNumber: '+16505550199' },
    }),
  ];

  it('counts each call once in the totals, records without an extension included', async () => {
    const { service } = companyService(records);
    const result = await service.calls(company);
    // 8 records, the queue call's two legs are one call.
    expect(result.summary).toMatchObject({ total: 7, missed: 4, unreturned: 3, answered: 3, talkTimeSec: 480 });
    expect(result.calls).toHaveLength(7);
  });

  it('ranks who missed, left unreturned and took the most calls, each person over the calls they were on', async () => {
    const { service } = companyService(records);
    const { breakdown } = await service.calls(company);
    expect(breakdown?.extensionsWithCalls).toBe(3);
    // The queue call counts for both people it rang; Carol returned it, so it is unreturned for neither.
    expect(breakdown?.mostMissed.map((a) => [a.name, a.missed, a.unreturned])).toEqual([
      ['Bob Lee', 3, 2],
      ['Alice Smith', 1, 0],
    ]);
    expect(breakdown?.mostUnreturned.map((a) => [a.extensionNumber, a.unreturned])).toEqual([['102', 2]]);
    expect(breakdown?.busiest.map((a) => [a.name, a.calls, a.talkTimeSec])).toEqual([
      ['Alice Smith', 3, 360],
      ['Bob Lee', 3, 0],
      ['Carol Diaz', 1, 120],
    ]);
  });

  it('keeps each list to five, however many extensions had calls', async () => {
    const people = Array.from({ length: 12 }, (_, i) => ({
      id: 100 + i,
      number: String(200 + i),
      name: `Person ${i}`,
      phone: `+1650555${String(1000 + i)}`,
    }));
    const many = people.flatMap((p, i) =>
      Array.from({ length: i + 1 }, (_, k) =>
        callIn(p, `+1415555${String(2000 + i * 20 + k)}`, 'Missed', '2026-03-10T14:00:00Z'),
      ),
    );
    const { service } = companyService(many, { directory: people.map(directoryEntry) });
    const { breakdown } = await service.calls(company);
    expect(breakdown?.mostMissed.map((a) => a.missed)).toEqual([12, 11, 10, 9, 8]);
    expect(breakdown?.busiest).toHaveLength(5);
    expect(breakdown?.extensionsWithCalls).toBe(12);
  });

  it('names people from the directory, one extension list for the window, reused while the window is', async () => {
    const { service, sent } = companyService(records);
    await service.calls(company);
    await service.calls({ ...company, filters: ['missed'] });
    expect(sent.map((r) => [r.path, r.query])).toEqual([
      [CALL_LOG, { dateFrom: '2026-03-10T04:00:00.000Z', dateTo: '2026-03-10T20:00:00.000Z', view: 'Simple' }],
      [DIRECTORY, {}],
    ]);
  });

  it('without ReadAccounts still ranks everyone, named as the call records name them, and lists no extensions', async () => {
    const { service, sent } = companyService(records, { scopes: ['ReadCallLog'] });
    const { breakdown } = await service.calls(company);
    expect(sent.map((r) => r.path)).toEqual([CALL_LOG]);
    expect(breakdown?.mostMissed[0]).toMatchObject({ name: 'Bob Lee (as the record says)', extensionNumber: '102' });
  });

  it("one extension's own log has no breakdown and asks for no directory", async () => {
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: [], navigation: {} }) });
    const result = await createCallLogService({ client, sharedFetch: false }).calls({
      ...company,
      whose: { kind: 'extension', extensionId: '11' },
    });
    expect(result.breakdown).toBeUndefined();
    expect(sent.map((r) => r.path)).toEqual(['/restapi/v1.0/account/~/extension/11/call-log']);
  });

  it('403 CMN-408 on the company log is MissingUserPermission FullCompanyCallLog, and no directory is asked for', async () => {
    const refusal = new RingCentralHttpError(
      403,
      {
        errorCode: 'InsufficientPermissions',
        message: 'In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission',
        errors: [{ errorCode: 'CMN-408', message: '…', permissionName: 'FullCompanyCallLog' }],
      },
      {},
      CALL_LOG,
    );
    const { client, sent } = fakeClient({
      scopes: ALL,
      answer: () => {
        throw refusal;
      },
    });
    const error = await createCallLogService({ client })
      .calls(company)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingUserPermissionError);
    expect(error).toMatchObject({ permission: 'FullCompanyCallLog', capability: 'accountCallLog' });
    expect(sent.map((r) => r.path)).toEqual([CALL_LOG]);
  });
});

describe('extensions by number', () => {
  const queue: ExtensionInfo = { id: 900, uri: 'u', extensionNumber: '1010', name: 'Sales Queue', type: 'Department' };

  it('asks the directory for that number and returns exactly that extension', async () => {
    const { client, sent } = fakeClient({
      scopes: ALL,
      answer: () => ({ records: [queue, directoryEntry(ALICE)] }),
    });
    const found = await createCallLogService({ client }).extensionByNumber('101');
    expect(found).toEqual({ id: '11', extensionNumber: '101', name: 'Alice Smith' });
    expect(sent).toEqual([{ path: DIRECTORY, query: { extensionNumber: '101' } }]);
  });

  it('an unknown number is undefined; a number longer than RingCentral allows is not even asked about', async () => {
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: [] }) });
    const service = createCallLogService({ client });
    expect(await service.extensionByNumber('999')).toBeUndefined();
    expect(await service.extensionByNumber('123456789')).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('is remembered, so paging through "ext 101" does not list extensions again', async () => {
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: [directoryEntry(ALICE)] }) });
    const service = createCallLogService({ client });
    await service.extensionByNumber('101');
    await service.extensionByNumber('101');
    expect(sent).toHaveLength(1);
  });

  it('needs ReadAccounts, checked before asking', async () => {
    const { client, sent } = fakeClient({ scopes: ['ReadCallLog'] });
    await expect(createCallLogService({ client }).extensionByNumber('101')).rejects.toMatchObject({
      permission: 'ReadAccounts',
    });
    expect(sent).toEqual([]);
  });
});

describe('calls in progress company-wide', () => {
  const active = [
    callIn(ALICE, '+14155550100', 'In Progress', '2026-03-10T19:50:00Z'),
    callOut(BOB, '+12125550111', 'In Progress', '2026-03-10T19:55:00Z'),
  ];

  it('says who is on each call, from the directory', async () => {
    const { client, sent } = fakeClient({
      scopes: ALL,
      answer: (request) =>
        request.path === DIRECTORY ? { records: [directoryEntry(ALICE), directoryEntry(BOB)] } : { records: active },
    });
    const calls = await createCallLogService({ client }).activeCalls({ kind: 'account' });
    expect(calls.map((c) => c.extension)).toEqual([
      { id: '11', name: 'Alice Smith', extensionNumber: '101' },
      { id: '12', name: 'Bob Lee', extensionNumber: '102' },
    ]);
    expect(sent.map((r) => r.path)).toEqual(['/restapi/v1.0/account/~/active-calls', DIRECTORY]);
  });

  it("one extension's calls in progress need no directory", async () => {
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: [active[0]] }) });
    const calls = await createCallLogService({ client }).activeCalls({ kind: 'extension', extensionId: '11' });
    expect(calls[0]?.extension).toBeUndefined();
    expect(sent).toHaveLength(1);
  });
});
