import { describe, expect, it } from 'vitest';
import {
  AuthFailedError,
  CallLogError,
  ErrorCode,
  MissingPermissionError,
  MissingUserPermissionError,
  NotFoundError,
  RangeNotSatisfiableError,
  RateLimitedError,
  UpstreamError,
} from '../../../src/errors.js';
import {
  RingCentralHttpError,
  RingCentralLoginError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
} from '../../../src/ringcentral/errors.js';
import { createCallLogService } from '../../../src/service/call-log-service.js';
import type { CallsRequest } from '../../../src/service/types.js';
import { audio, fakeClient } from './fake-client.js';
import { inbound, outbound } from './records.js';

const ALL = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts'];
const MEDIA = { id: '77', contentUri: 'https://media.ringcentral.com/restapi/v1.0/account/1/recording/77/content' };
const today: CallsRequest = {
  from: new Date('2026-03-10T04:00:00Z'),
  to: new Date('2026-03-10T20:00:00Z'),
  whose: { kind: 'extension', extensionId: '101' },
  filters: [],
  timeZone: 'America/New_York',
};

// RingCentral's 403 bodies, verbatim shape from the "Call Log Access Control" guide.
const insufficientPermissions = (permissionName: string) =>
  new RingCentralHttpError(
    403,
    {
      errorCode: 'InsufficientPermissions',
      message: `In order to call this API endpoint, application needs to have [${permissionName}] permission`,
      errors: [{ errorCode: 'CMN-401', message: '…', permissionName }],
    },
    {},
    '/x',
  );
const thrown = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('the permission guard', () => {
  const cases = [
    {
      name: 'extension call log',
      scopes: ['ReadAccounts'],
      run: (s: ReturnType<typeof createCallLogService>) => s.calls(today),
      permission: 'ReadCallLog',
      capability: 'extensionCallLog',
    },
    {
      name: 'company call log',
      scopes: ['ReadAccounts'],
      run: (s: ReturnType<typeof createCallLogService>) => s.calls({ ...today, whose: { kind: 'account' } }),
      permission: 'ReadCallLog',
      capability: 'accountCallLog',
    },
    {
      name: 'active calls',
      scopes: ['ReadCallRecording'],
      run: (s: ReturnType<typeof createCallLogService>) => s.activeCalls({ kind: 'extension', extensionId: '101' }),
      permission: 'ReadCallLog',
      capability: 'activeCalls',
    },
    {
      name: 'recording details',
      scopes: ['ReadCallLog'],
      run: (s: ReturnType<typeof createCallLogService>) => s.recording('1'),
      permission: 'ReadCallRecording',
      capability: 'recordingMetadata',
    },
    {
      name: 'recording audio',
      scopes: ['ReadCallLog', 'ReadAccounts'],
      run: (s: ReturnType<typeof createCallLogService>) => s.recordingContent(MEDIA),
      permission: 'ReadCallRecording',
      capability: 'recordingContent',
    },
    {
      name: 'extension by email',
      scopes: ['ReadCallLog'],
      run: (s: ReturnType<typeof createCallLogService>) => s.extensionByEmail('a@b.example'),
      permission: 'ReadAccounts',
      capability: 'extensionLookup',
    },
    {
      name: 'extension by id',
      scopes: ['ReadCallLog'],
      run: (s: ReturnType<typeof createCallLogService>) => s.extension('101'),
      permission: 'ReadAccounts',
      capability: 'extensionLookup',
    },
  ] as const;

  for (const { name, scopes, run, permission, capability } of cases) {
    it(`${name}: refused with the missing permission named, and nothing sent to RingCentral`, async () => {
      const { client, sent } = fakeClient({ scopes: [...scopes] });
      const error = await thrown(run(createCallLogService({ client })));
      expect(error).toBeInstanceOf(MissingPermissionError);
      expect(error).toMatchObject({ code: ErrorCode.MissingPermission, permission, capability });
      expect(sent).toEqual([]);
    });
  }

  it('recording audio needs ReadCallRecording only', async () => {
    const { client, sent } = fakeClient({
      scopes: ['ReadCallRecording'],
      answer: () => audio(200, { 'content-type': 'audio/mpeg', 'content-length': '4' }),
    });
    const content = await createCallLogService({ client }).recordingContent(MEDIA);
    expect(content).toMatchObject({ status: 200, contentType: 'audio/mpeg', contentLength: 4 });
    // Fetched where RingCentral said it is, not rebuilt from the API server.
    expect(sent.map((r) => r.path)).toEqual([MEDIA.contentUri]);
  });
});

describe("RingCentral's refusals become the product's typed errors", () => {
  const failWith = (error: unknown) =>
    createCallLogService({
      client: fakeClient({
        scopes: ALL,
        answer: () => {
          throw error;
        },
      }).client,
    });

  it("403 CMN-401 is the same MissingPermissionError the guard throws, naming RingCentral's permission", async () => {
    const error = await thrown(failWith(insufficientPermissions('ReadCallRecording')).recording('1'));
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect(error).toMatchObject({ permission: 'ReadCallRecording', capability: 'recordingMetadata' });
  });

  it('403 CMN-408 is a missing user permission (FullCompanyCallLog for the company log)', async () => {
    const body = {
      errorCode: 'CMN-408',
      message:
        'In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission for requested resource.',
      errors: [{ errorCode: 'CMN-408', message: '…', permissionName: 'FullCompanyCallLog' }],
    };
    const error = await thrown(
      failWith(new RingCentralHttpError(403, body, {}, '/x')).calls({ ...today, whose: { kind: 'account' } }),
    );
    expect(error).toBeInstanceOf(MissingUserPermissionError);
    expect(error).toMatchObject({ permission: 'FullCompanyCallLog', capability: 'accountCallLog' });
  });

  it('404 CMN-102 is NotFound', async () => {
    const error = await thrown(
      failWith(
        new RingCentralHttpError(
          404,
          { errors: [{ errorCode: 'CMN-102', message: 'Resource for parameter [recordingId] is not found' }] },
          {},
          '/x',
        ),
      ).recording('9'),
    );
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('429 after the bounded waits is RateLimited, with how long to wait', async () => {
    const error = await thrown(
      failWith(new RingCentralRateLimitError({ errorCode: 'CMN-301' }, {}, '/x', 'Heavy', 60_000)).calls(today),
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterMs: 60_000, group: 'Heavy' });
  });

  it('5xx and network failures after retries are Upstream', async () => {
    expect(await thrown(failWith(new RingCentralHttpError(503, {}, {}, '/x')).calls(today))).toMatchObject({
      code: ErrorCode.Upstream,
      status: 503,
    });
    expect(
      await thrown(failWith(new RingCentralNetworkError('fetch failed: ECONNRESET', '/x')).calls(today)),
    ).toBeInstanceOf(UpstreamError);
  });

  it('a refused login or a 401 after logging in again is AuthFailed', async () => {
    expect(
      await thrown(failWith(new RingCentralLoginError(400, { error: 'invalid_grant' }, {})).calls(today)),
    ).toBeInstanceOf(AuthFailedError);
    expect(
      await thrown(
        failWith(new RingCentralHttpError(401, { errors: [{ errorCode: 'OAU-213' }] }, {}, '/x')).calls(today),
      ),
    ).toBeInstanceOf(AuthFailedError);
  });

  it('416 on recording audio is RangeNotSatisfiable, carrying the real size', async () => {
    const error = await thrown(
      failWith(new RingCentralHttpError(416, {}, { 'content-range': 'bytes */9000' }, '/x')).recordingContent(MEDIA, {
        range: 'bytes=99999-',
      }),
    );
    expect(error).toBeInstanceOf(RangeNotSatisfiableError);
    expect(error).toMatchObject({ contentRange: 'bytes */9000' });
  });

  it('nothing else escapes: an unexpected exception becomes Upstream too', async () => {
    const error = await thrown(failWith(new TypeError('boom')).activeCalls({ kind: 'account' }));
    expect(error).toBeInstanceOf(CallLogError);
    expect(error).toBeInstanceOf(UpstreamError);
  });
});

describe('calls', () => {
  const records = [
    inbound('+14155550100', 'Missed', '2026-03-10T14:00:00Z'),
    outbound('+12125550111', 'Call connected', '2026-03-10T15:00:00Z', { duration: 30 }),
  ];

  it('asks for the whole window of the right log, Simple view, 1000 a page', async () => {
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records, navigation: {} }) });
    const result = await createCallLogService({ client, sharedFetch: false }).calls({ ...today, filters: ['missed'] });
    expect(sent).toEqual([
      {
        path: '/restapi/v1.0/account/~/extension/101/call-log',
        query: { dateFrom: '2026-03-10T04:00:00.000Z', dateTo: '2026-03-10T20:00:00.000Z', view: 'Simple' },
      },
    ]);
    expect(result.calls.map((c) => c.id)).toEqual([records[0]?.id]);
    expect(result.summary).toMatchObject({ total: 2, missed: 1, answered: 1, unreturned: 1 });
    expect(result.requests).toBe(1);
  });

  it('paging through the same window again is served from memory: no request, requests = 0', async () => {
    let clock = 0;
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records, navigation: {} }) });
    const service = createCallLogService({ client, now: () => clock, cacheTtlMs: 30_000, sharedFetch: false });
    await service.calls(today);
    clock = 29_000;
    const again = await service.calls({ ...today, filters: ['outbound'] });
    expect(again.requests).toBe(0);
    expect(again.calls).toHaveLength(1);
    expect(sent).toHaveLength(1);
    clock = 31_000;
    expect((await service.calls(today)).requests).toBe(1);
    expect(sent).toHaveLength(2);
  });

  it('identical questions asked at the same moment share one fetch', async () => {
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records, navigation: {} }) });
    const service = createCallLogService({ client });
    await Promise.all([service.calls(today), service.calls(today), service.calls({ ...today, filters: ['missed'] })]);
    expect(sent).toHaveLength(1);
  });

  it("tells the caller when RingCentral's rate limit is about to delay the answer", async () => {
    const { client } = fakeClient({ scopes: ALL, rateLimitWaitMs: 42_000 });
    const notices: unknown[] = [];
    await createCallLogService({ client }).calls(today, (notice) => notices.push(notice));
    expect(notices).toEqual([{ waitMs: 42_000, group: 'Heavy' }]);
  });

  it('a failed fetch is not cached', async () => {
    let fail = true;
    const { client, sent } = fakeClient({
      scopes: ALL,
      answer: () => {
        if (fail) throw new RingCentralHttpError(503, {}, {}, '/x');
        return { records, navigation: {} };
      },
    });
    const service = createCallLogService({ client, sharedFetch: false });
    await thrown(service.calls(today));
    fail = false;
    expect((await service.calls(today)).summary.total).toBe(2);
    expect(sent).toHaveLength(2);
  });
});

describe("people's own calls from one company-wide fetch", () => {
  const own = { id: 101, uri: 'u' };
  const other = { id: 102, uri: 'u' };
  const company = [
    inbound('+14155550100', 'Missed', '2026-03-10T14:00:00Z', { extension: own }),
    inbound('+14155550100', 'Accepted', '2026-03-10T14:30:00Z', { extension: other }),
    outbound('+12125550111', 'Call connected', '2026-03-10T15:00:00Z', { duration: 30, extension: own }),
  ];
  const colleague: CallsRequest = { ...today, whose: { kind: 'extension', extensionId: '102' } };

  it('asks the company log once for everyone, and gives each person only the records of their own extension', async () => {
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: company }) });
    const service = createCallLogService({ client });
    const [mine, theirs] = await Promise.all([service.calls(today), service.calls(colleague)]);
    expect(sent.map((r) => r.path)).toEqual(['/restapi/v1.0/account/~/call-log']);
    expect(mine.calls.map((c) => c.id)).toEqual([company[2]?.id, company[0]?.id]);
    // The colleague's answered call does not return mine: "unreturned" is judged on my own log, as before.
    expect(mine.summary).toMatchObject({ total: 2, missed: 1, unreturned: 1 });
    expect(theirs.calls.map((c) => c.id)).toEqual([company[1]?.id]);
  });

  it('windows that differ only in where "now" falls share the fetch, each cut at its own end', async () => {
    let clock = 0;
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: company }) });
    const service = createCallLogService({ client, now: () => clock });
    await service.calls(today);
    clock = 5_000;
    const earlier = await service.calls({ ...today, to: new Date('2026-03-10T14:45:00Z') });
    expect(earlier.calls.map((c) => c.id)).toEqual([company[0]?.id]);
    expect(earlier.requests).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('says "as of" when the data ends well before the window does', async () => {
    const { client } = fakeClient({ scopes: ALL, answer: () => ({ records: company }) });
    const service = createCallLogService({ client });
    expect((await service.calls(today)).asOf).toBeUndefined();
    const later = await service.calls({ ...today, to: new Date('2026-03-10T20:00:20Z') });
    expect(later.asOf).toEqual(today.to);
  });

  it("a token whose owner may not read the company log (CMN-408) falls back to each person's log, and remembers", async () => {
    const refusal = new RingCentralHttpError(
      403,
      {
        errorCode: 'CMN-408',
        message: 'In order to call this API endpoint, user needs to have [FullCompanyCallLog]',
        errors: [{ errorCode: 'CMN-408', message: '…', permissionName: 'FullCompanyCallLog' }],
      },
      {},
      '/x',
    );
    const { client, sent } = fakeClient({
      scopes: ALL,
      answer: (request) => {
        if (request.path.endsWith('/account/~/call-log')) throw refusal;
        return { records: company.filter((r) => r.extension?.id === 101) };
      },
    });
    const service = createCallLogService({ client });
    expect((await service.calls(today)).calls).toHaveLength(2);
    expect((await service.calls(colleague)).calls).toHaveLength(2);
    expect(sent.map((r) => r.path)).toEqual([
      '/restapi/v1.0/account/~/call-log',
      '/restapi/v1.0/account/~/extension/101/call-log',
      '/restapi/v1.0/account/~/extension/102/call-log',
    ]);
  });
});

describe('extensions', () => {
  const alice = {
    id: 202,
    uri: 'u',
    extensionNumber: '202',
    name: 'Alice Smith',
    contact: { firstName: 'Alice', lastName: 'Smith', email: 'Alice.Smith@Example.com' },
  };

  it('finds the extension whose contact email matches, ignoring case', async () => {
    const { client } = fakeClient({ scopes: ALL, answer: () => ({ records: [alice] }) });
    expect(await createCallLogService({ client }).extensionByEmail('alice.smith@example.COM')).toEqual({
      id: '202',
      extensionNumber: '202',
      name: 'Alice Smith',
      email: 'Alice.Smith@Example.com',
    });
  });

  it("a call queue sharing the person's email does not take their place: their own User extension is chosen", async () => {
    const queue = {
      id: 900,
      uri: 'u',
      extensionNumber: '900',
      name: 'Sales Queue',
      type: 'Department',
      status: 'Enabled',
      contact: { email: 'alice.smith@example.com' },
    };
    const disabled = { ...alice, id: 201, extensionNumber: '201', type: 'User', status: 'Disabled' };
    const { client } = fakeClient({
      scopes: ALL,
      answer: () => ({ records: [queue, disabled, { ...alice, type: 'User', status: 'Enabled' }] }),
    });
    expect(await createCallLogService({ client }).extensionByEmail('alice.smith@example.com')).toMatchObject({
      id: '202',
      name: 'Alice Smith',
    });
  });

  it('no match: undefined', async () => {
    const { client } = fakeClient({ scopes: ALL, answer: () => ({ records: [alice] }) });
    expect(await createCallLogService({ client }).extensionByEmail('bob@example.com')).toBeUndefined();
  });

  it('links many people from one directory listing, not one filtered request each', async () => {
    const people = Array.from({ length: 50 }, (_, i) => ({
      id: 300 + i,
      uri: 'u',
      extensionNumber: String(300 + i),
      name: `Person ${i}`,
      type: 'User',
      status: 'Enabled',
      contact: { email: `person${i}@example.com` },
    }));
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: people }) });
    const service = createCallLogService({ client });
    const found = await Promise.all(people.map((_, i) => service.extensionByEmail(`Person${i}@example.com`)));
    expect(found.map((e) => e?.id)).toEqual(people.map((p) => String(p.id)));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toEqual({});
  });

  it('an unknown email fetches the listing again at most once a minute, so a new hire is found', async () => {
    let clock = 0;
    const records: unknown[] = [alice];
    const { client, sent } = fakeClient({ scopes: ALL, answer: () => ({ records: [...records] }) });
    const service = createCallLogService({ client, now: () => clock });
    expect(await service.extensionByEmail('bob@example.com')).toBeUndefined();
    expect(await service.extensionByEmail('carol@example.com')).toBeUndefined();
    expect(sent).toHaveLength(1);
    records.push({ id: 203, uri: 'u', extensionNumber: '203', name: 'Bob', contact: { email: 'bob@example.com' } });
    clock = 61_000;
    expect(await service.extensionByEmail('bob@example.com')).toMatchObject({ id: '203' });
    expect(sent).toHaveLength(2);
    // A known person is served from the listing without a request.
    expect(await service.extensionByEmail('alice.smith@example.com')).toMatchObject({ id: '202' });
    expect(sent).toHaveLength(2);
  });

  it('an unknown extension id: undefined, not an error', async () => {
    const { client } = fakeClient({
      scopes: ALL,
      answer: () => {
        throw new RingCentralHttpError(404, { errors: [{ errorCode: 'CMN-102' }] }, {}, '/x');
      },
    });
    expect(await createCallLogService({ client }).extension('999')).toBeUndefined();
  });
});

describe('the permissions report', () => {
  it('lists each capability as allowed or missing, with the permissions it needs', async () => {
    const { client } = fakeClient({
      scopes: ['ReadCallLog', 'ReadAccounts'],
      answer: () => ({
        id: 5,
        uri: 'u',
        name: 'Noah',
        extensionNumber: '101',
        permissions: { admin: { enabled: true } },
      }),
    });
    const report = await createCallLogService({ client }).permissionsReport();
    expect(report.granted).toEqual(['ReadAccounts', 'ReadCallLog']);
    const byName = Object.fromEntries(report.capabilities.map((c) => [c.capability, c.missing]));
    expect(byName).toMatchObject({
      extensionCallLog: [],
      recordingMetadata: ['ReadCallRecording'],
      recordingContent: ['ReadCallRecording'],
      extensionLookup: [],
    });
    expect(report.capabilities.find((c) => c.capability === 'accountCallLog')?.userPermission).toBe(
      'FullCompanyCallLog',
    );
    expect(report.owner).toEqual({ id: '5', name: 'Noah', extensionNumber: '101', isAdmin: true });
  });

  it('without ReadAccounts it still reports, with the owner id from the token, asking only for the user permissions', async () => {
    const { client, sent } = fakeClient({ scopes: ['ReadCallLog'], ownerId: '777' });
    const report = await createCallLogService({ client }).permissionsReport();
    expect(report.owner).toEqual({ id: '777', isAdmin: false });
    expect(sent.map((r) => r.path)).toEqual([AUTHZ_PROFILE]);
  });

  it('a capability lacking an app permission is blocked, and its fix is to add exactly the missing ones', async () => {
    const { client } = fakeClient({
      scopes: ['ReadCallLog', 'ReadAccounts'],
      answer: profileOr(OWNER, ['ReadCallLog']),
    });
    const report = await createCallLogService({ client }).permissionsReport();
    const byName = Object.fromEntries(report.capabilities.map((c) => [c.capability, c]));
    expect(byName.recordingMetadata).toMatchObject({
      available: false,
      missing: ['ReadCallRecording'],
      fix: { kind: 'addAppPermissions', permissions: ['ReadCallRecording'] },
    });
    expect(byName.extensionCallLog).toMatchObject({ available: true });
    expect(byName.extensionCallLog).not.toHaveProperty('fix');
  });

  it("reads FullCompanyCallLog from the owner's authz-profile: granted unlocks the company log", async () => {
    const { client } = fakeClient({ scopes: ALL, answer: profileOr(OWNER, ['ReadCallLog', 'FullCompanyCallLog']) });
    const report = await createCallLogService({ client }).permissionsReport();
    expect(report.companyCallLog).toEqual({ known: true, granted: true });
    expect(report.capabilities.every((c) => c.available && !c.userPermissionUnknown)).toBe(true);
  });

  it('an owner without FullCompanyCallLog blocks the company log, with the user permission as its fix', async () => {
    const { client } = fakeClient({ scopes: ALL, answer: profileOr(OWNER, ['ReadCallLog']) });
    const report = await createCallLogService({ client }).permissionsReport();
    expect(report.companyCallLog).toEqual({ known: true, granted: false });
    expect(report.capabilities.find((c) => c.capability === 'accountCallLog')).toMatchObject({
      available: false,
      missing: [],
      fix: { kind: 'grantUserPermission', permission: 'FullCompanyCallLog' },
    });
  });

  it.each([
    [403, { errorCode: 'InsufficientPermissions', errors: [{ errorCode: 'CMN-401', message: '…' }] }, /refused .*403/],
    [404, { errorCode: 'CMN-102', errors: [{ errorCode: 'CMN-102', message: '…' }] }, /does not offer .*404/],
    [503, { errorCode: 'CMN-211', errors: [{ errorCode: 'CMN-211', message: '…' }] }, /answered .*503/],
  ])(
    'authz-profile answered %i: "unknown", never a guess, and the rest of the report stands',
    async (status, body, why) => {
      const { client } = fakeClient({
        scopes: ALL,
        answer: (request) => {
          if (request.path === AUTHZ_PROFILE) throw new RingCentralHttpError(status, body, {}, AUTHZ_PROFILE);
          return OWNER;
        },
      });
      const report = await createCallLogService({ client }).permissionsReport();
      expect(report.companyCallLog).toMatchObject({ known: false, reason: expect.stringMatching(why) });
      const company = report.capabilities.find((c) => c.capability === 'accountCallLog');
      expect(company).toMatchObject({ available: true, userPermissionUnknown: true });
      expect(company).not.toHaveProperty('fix');
      expect(report.owner).toMatchObject({ name: 'Noah', isAdmin: true });
    },
  );

  it('a refused session is still AuthFailedError, not "unknown"', async () => {
    const { client } = fakeClient({
      scopes: ALL,
      answer: () => {
        throw new RingCentralHttpError(401, { errorCode: 'TokenInvalid', errors: [] }, {}, AUTHZ_PROFILE);
      },
    });
    await expect(createCallLogService({ client }).permissionsReport()).rejects.toBeInstanceOf(AuthFailedError);
  });

  it('names the server and when the tokens expire, and what the optional permissions would add', async () => {
    const expiry = { accessTokenExpiresAt: new Date('2026-03-10T19:00:00Z') };
    const { client } = fakeClient({
      scopes: [...ALL, 'CallControl'],
      tokenExpiry: expiry,
      answer: profileOr(OWNER, []),
    });
    const report = await createCallLogService({
      client,
      serverUrl: 'https://platform.ringcentral.com',
    }).permissionsReport();
    expect(report.server).toBe('https://platform.ringcentral.com');
    expect(report.token).toEqual(expiry);
    expect(report.optional.map((o) => [o.permission, o.granted])).toEqual([
      ['CallControl', true],
      ['ReadMessages', false],
    ]);
  });
});

const AUTHZ_PROFILE = '/restapi/v1.0/account/~/extension/~/authz-profile';
const OWNER = { id: 5, uri: 'u', name: 'Noah', extensionNumber: '101', permissions: { admin: { enabled: true } } };

/** Answers authz-profile with these user permissions (AuthProfileResource), anything else with `other`. */
function profileOr(other: unknown, permissions: string[]) {
  return (request: { path: string }) =>
    request.path === AUTHZ_PROFILE
      ? { uri: 'u', permissions: permissions.map((id) => ({ permission: { id }, scopes: ['Self'] })) }
      : other;
}
