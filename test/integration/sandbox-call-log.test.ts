// The call-log and active-calls routes answer exactly what the synthetic company holds, RingCentral's way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, type SandboxCallRecord, startSandbox } from '../../src/sandbox/index.js';
import { getJson, login, MIDDAY, manualClock, NO_THROTTLE, type Tokens } from '../unit/sandbox/sandbox-client.js';

interface Page {
  uri: string;
  records: SandboxCallRecord[];
  paging: { page: number; perPage: number; pageStart?: number; pageEnd?: number };
  navigation: { firstPage: { uri: string }; nextPage?: { uri: string }; previousPage?: { uri: string } };
}

const HOUR = 3_600_000;
const clock = manualClock();
let sandbox: Sandbox;
let admin: Tokens;
let user: Tokens;

beforeAll(async () => {
  sandbox = await startSandbox({ now: clock.now, rateLimits: NO_THROTTLE, quiet: true });
  admin = await login(sandbox);
  user = await login(sandbox, sandbox.jwtFor(userExtension().id));
});
afterAll(() => sandbox.close());

function userExtension() {
  return sandbox.company.extensions[1] as Sandbox['company']['extensions'][number];
}

/** What RingCentral should list: dateFrom <= startTime < dateTo, nothing that has not ended yet. */
function expected(from: number, to: number, keep: (r: SandboxCallRecord) => boolean = () => true): string[] {
  return sandbox.company.records
    .filter((r) => {
      const start = Date.parse(r.startTime);
      return start >= from && start < to && start + (r.durationMs ?? 0) <= clock.ms() && keep(r);
    })
    .map((r) => r.id);
}

async function page(token: string, path: string): Promise<Page> {
  const { status, body } = await getJson<Page>(sandbox, token, path);
  expect(status).toBe(200);
  return body;
}

/** Follows navigation.nextPage to the end. */
async function all(token: string, path: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = path;
  while (next) {
    const current: Page = await page(token, next);
    ids.push(...current.records.map((r) => r.id));
    next = current.navigation.nextPage?.uri;
  }
  return ids;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('call log paging', () => {
  it('defaults to the last 24 hours up to now, newest first, 100 per page', async () => {
    const first = await page(admin.access_token, '/restapi/v1.0/account/~/call-log');
    const want = expected(MIDDAY - 24 * HOUR, MIDDAY + 1);
    expect(want.length).toBeGreaterThan(100);
    expect(first.records.map((r) => r.id)).toEqual(want.slice(0, 100));
    expect(first.paging).toEqual({ page: 1, perPage: 100, pageStart: 0, pageEnd: 99 });
    expect(first.navigation.previousPage).toBeUndefined();
    expect(first.navigation.nextPage?.uri).toBe(`${sandbox.url}/restapi/v1.0/account/~/call-log?page=2&perPage=100`);
  });

  it('following nextPage yields every record in the window exactly once, in order', async () => {
    const from = MIDDAY - 72 * HOUR;
    const ids = await all(
      admin.access_token,
      `/restapi/v1.0/account/~/call-log?dateFrom=${iso(from)}&dateTo=${iso(MIDDAY)}&perPage=37`,
    );
    expect(ids).toEqual(expected(from, MIDDAY));
  });

  it('navigation URIs are absolute and repeat the query with another page', async () => {
    const second = await page(admin.access_token, '/restapi/v1.0/account/~/call-log?type=Voice&perPage=10&page=2');
    expect(second.paging).toEqual({ page: 2, perPage: 10, pageStart: 10, pageEnd: 19 });
    expect(second.navigation.firstPage.uri).toBe(
      `${sandbox.url}/restapi/v1.0/account/~/call-log?type=Voice&perPage=10&page=1`,
    );
    expect(second.navigation.previousPage?.uri).toBe(
      `${sandbox.url}/restapi/v1.0/account/~/call-log?type=Voice&perPage=10&page=1`,
    );
    expect(second.navigation.nextPage?.uri).toBe(
      `${sandbox.url}/restapi/v1.0/account/~/call-log?type=Voice&perPage=10&page=3`,
    );
    expect(second.uri).toBe(`${sandbox.url}/restapi/v1.0/account/~/call-log?type=Voice&perPage=10&page=2`);
  });

  it('an empty page has no pageStart/pageEnd and no nextPage', async () => {
    const empty = await page(admin.access_token, '/restapi/v1.0/account/~/call-log?page=500');
    expect(empty.records).toEqual([]);
    expect(empty.paging).toEqual({ page: 500, perPage: 100 });
    expect(empty.navigation.nextPage).toBeUndefined();
  });

  it('clamps perPage above 1000 to 1000 and reads "max" as 1000', async () => {
    const month = `dateFrom=${iso(MIDDAY - 30 * 24 * HOUR)}`;
    expect(
      (await page(admin.access_token, `/restapi/v1.0/account/~/call-log?${month}&perPage=5000`)).paging.perPage,
    ).toBe(1000);
    const max = await page(admin.access_token, `/restapi/v1.0/account/~/call-log?${month}&perPage=max`);
    expect(max.paging.perPage).toBe(1000);
    expect(max.records).toHaveLength(1000);
  });

  it.each([
    'perPage=0',
    'perPage=ten',
    'page=0',
    'page=-1',
    'view=Full',
    'type=Sms',
    'direction=Sideways',
    'recordingType=Some',
  ])('refuses %s with 400 CMN-101 naming the parameter', async (query) => {
    const { status, body } = await getJson(sandbox, admin.access_token, `/restapi/v1.0/account/~/call-log?${query}`);
    const name = query.split('=')[0];
    expect(status).toBe(400);
    expect(body).toMatchObject({ errors: [{ errorCode: 'CMN-101', parameterName: name }] });
  });

  it('refuses an unparsable dateFrom the way RingCentral words it', async () => {
    const { status, body } = await getJson(
      sandbox,
      admin.access_token,
      '/restapi/v1.0/account/~/call-log?dateFrom=last%20tuesday',
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      errorCode: 'InvalidParameter',
      message: 'Parameter [dateFrom] value is invalid',
      errors: [{ errorCode: 'CMN-101', message: 'Parameter [dateFrom] value is invalid', parameterName: 'dateFrom' }],
      parameterName: 'dateFrom',
    });
  });

  it('shows later calls only once they have started', async () => {
    const path = `/restapi/v1.0/account/~/call-log?dateFrom=${iso(MIDDAY)}&dateTo=${iso(MIDDAY + 3 * HOUR)}&perPage=1000`;
    const before = await page(admin.access_token, path);
    expect(before.records.every((r) => Date.parse(r.startTime) <= MIDDAY)).toBe(true);
    clock.advance(2 * HOUR);
    try {
      const fresh = await login(sandbox); // the first token has expired by now
      const after = await page(fresh.access_token, path);
      expect(after.records.length).toBeGreaterThan(before.records.length);
      expect(after.records.map((r) => r.id)).toEqual(expected(MIDDAY, MIDDAY + 3 * HOUR));
    } finally {
      clock.set(MIDDAY);
    }
  });
});

describe('calls still going on', () => {
  it('a call that has started but not ended is not in the log until it ends', async () => {
    const going = sandbox.company.records.find((r) => {
      const start = Date.parse(r.startTime);
      return start <= MIDDAY && start + (r.durationMs ?? 0) > MIDDAY && start > MIDDAY - HOUR;
    }) as SandboxCallRecord;
    expect(going).toBeDefined();
    const ends = Date.parse(going.startTime) + (going.durationMs ?? 0);
    const path = `/restapi/v1.0/account/~/call-log?dateFrom=${iso(MIDDAY - HOUR)}&perPage=1000`;
    expect((await page(admin.access_token, path)).records.map((r) => r.id)).not.toContain(going.id);
    clock.set(ends);
    try {
      const fresh = await login(sandbox);
      expect((await page(fresh.access_token, path)).records.map((r) => r.id)).toContain(going.id);
    } finally {
      clock.set(MIDDAY);
    }
  });
});

describe('call log filters', () => {
  const month = `dateFrom=${iso(MIDDAY - 30 * 24 * HOUR)}&perPage=1000`;
  const from = MIDDAY - 30 * 24 * HOUR;

  it.each<[string, (r: SandboxCallRecord) => boolean]>([
    ['type=Fax', (r) => r.type === 'Fax'],
    ['direction=Inbound', (r) => r.direction === 'Inbound'],
    ['direction=Inbound&direction=Outbound', () => true],
    ['type=Voice&direction=Outbound', (r) => r.type === 'Voice' && r.direction === 'Outbound'],
    ['recordingType=OnDemand', (r) => r.recording?.type === 'OnDemand'],
    ['recordingType=All', (r) => r.recording !== undefined],
    ['withRecording=true', (r) => r.recording !== undefined],
    ['withRecording=true&recordingType=Automatic', (r) => r.recording?.type === 'Automatic'],
    ['extensionNumber=101', (r) => r.extension.id === Number(sandbox.company.extensions[0]?.id)],
    ['transport=VoIP', (r) => r.transport === 'VoIP'],
    ['transport=PSTN&direction=Inbound', (r) => r.transport === 'PSTN' && r.direction === 'Inbound'],
  ])('%s', async (filter, keep) => {
    const ids = await all(admin.access_token, `/restapi/v1.0/account/~/call-log?${month}&${filter}`);
    const want = expected(from, MIDDAY + 1, keep);
    expect(want.length).toBeGreaterThan(0);
    expect(ids).toEqual(want);
  });

  it('phoneNumber (E.164 without +) matches either party', async () => {
    const caller = sandbox.company.records.find(
      (r) => r.direction === 'Inbound' && r.from.location && Date.parse(r.startTime) < MIDDAY,
    );
    const number = caller?.from.phoneNumber ?? '';
    const ids = await all(
      admin.access_token,
      `/restapi/v1.0/account/~/call-log?${month}&phoneNumber=${number.slice(1)}`,
    );
    const want = expected(from, MIDDAY + 1, (r) => r.from.phoneNumber === number || r.to.phoneNumber === number);
    expect(ids).toEqual(want);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('sessionId and telephonySessionId list that one session, both sides of an internal call included', async () => {
    const internal = sandbox.company.records.find(
      (r) => r.from.extensionId !== undefined && r.to.extensionId !== undefined && Date.parse(r.startTime) < MIDDAY,
    ) as SandboxCallRecord;
    const want = expected(from, MIDDAY + 1, (r) => r.sessionId === internal.sessionId);
    expect(want).toHaveLength(2);
    const base = `/restapi/v1.0/account/~/call-log?${month}`;
    expect(await all(admin.access_token, `${base}&sessionId=${internal.sessionId}`)).toEqual(want);
    expect(await all(admin.access_token, `${base}&telephonySessionId=${internal.telephonySessionId}`)).toEqual(want);
  });

  it('sessionId with extensionNumber is 400 CLG-110; an unknown transport is 400 CMN-101', async () => {
    const both = await getJson(
      sandbox,
      admin.access_token,
      '/restapi/v1.0/account/~/call-log?sessionId=1&extensionNumber=101',
    );
    expect(both.status).toBe(400);
    expect(both.body).toMatchObject({ errorCode: 'CLG-110', errors: [{ errorCode: 'CLG-110' }] });
    const transport = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/call-log?transport=ISDN');
    expect(transport.status).toBe(400);
    expect(transport.body).toMatchObject({ errors: [{ errorCode: 'CMN-101', parameterName: 'transport' }] });
  });

  it('the Detailed view adds legs to each record', async () => {
    const detailed = await page(admin.access_token, '/restapi/v1.0/account/~/call-log?view=Detailed&perPage=5');
    for (const record of detailed.records as Array<SandboxCallRecord & { legs?: unknown[] }>) {
      expect(record.legs).toHaveLength(1);
      expect(record.legs?.[0]).toMatchObject({
        direction: record.direction,
        startTime: record.startTime,
        legType: expect.any(String),
      });
    }
  });
});

describe('whose call log', () => {
  it("extension/~ is the token owner's own records", async () => {
    const mine = await all(
      user.access_token,
      `/restapi/v1.0/account/~/extension/~/call-log?dateFrom=${iso(MIDDAY - 7 * 24 * HOUR)}`,
    );
    expect(mine).toEqual(
      expected(MIDDAY - 7 * 24 * HOUR, MIDDAY + 1, (r) => String(r.extension.id) === userExtension().id),
    );
    expect(mine.length).toBeGreaterThan(0);
  });

  it("an admin may read another extension's call log by id", async () => {
    const theirs = await page(admin.access_token, `/restapi/v1.0/account/~/extension/${userExtension().id}/call-log`);
    expect(theirs.records.every((r) => String(r.extension.id) === userExtension().id)).toBe(true);
  });

  it("a regular user reading someone else's call log gets 403 CMN-408", async () => {
    const adminId = sandbox.company.extensions[0]?.id;
    const { status, body } = await getJson(
      sandbox,
      user.access_token,
      `/restapi/v1.0/account/~/extension/${adminId}/call-log`,
    );
    expect(status).toBe(403);
    expect(body).toMatchObject({ errors: [{ errorCode: 'CMN-408', permissionName: 'ReadCallLog' }] });
  });

  it('the company call log needs FullCompanyCallLog: a regular user gets 403 CMN-408', async () => {
    const { status, body } = await getJson(sandbox, user.access_token, '/restapi/v1.0/account/~/call-log');
    expect(status).toBe(403);
    expect(body).toEqual({
      errorCode: 'InsufficientPermissions',
      message:
        'In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission for requested resource.',
      errors: [
        {
          errorCode: 'CMN-408',
          message:
            'In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission for requested resource.',
          permissionName: 'FullCompanyCallLog',
        },
      ],
      permissionName: 'FullCompanyCallLog',
    });
  });

  it('an unknown extension or account is 404 CMN-102', async () => {
    const ext = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/extension/1/call-log');
    expect(ext.status).toBe(404);
    expect(ext.body).toMatchObject({
      errors: [{ errorCode: 'CMN-102', message: 'Resource for parameter [extensionId] is not found' }],
    });
    const account = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/1/call-log');
    expect(account.status).toBe(404);
    const byId = await getJson(
      sandbox,
      admin.access_token,
      `/restapi/v1.0/account/${sandbox.company.accountId}/call-log?perPage=1`,
    );
    expect(byId.status).toBe(200);
  });
});

describe('active calls', () => {
  it('the company list holds every call in progress', async () => {
    const active = await page(admin.access_token, '/restapi/v1.0/account/~/active-calls');
    expect(active.records.map((r) => r.id)).toEqual(sandbox.company.activeCalls.map((r) => r.id));
    expect(active.records.every((r) => r.result === 'In Progress')).toBe(true);
  });

  it("the extension list holds that extension's calls in progress", async () => {
    const call = sandbox.company.activeCalls[0] as SandboxCallRecord;
    const active = await page(
      admin.access_token,
      `/restapi/v1.0/account/~/extension/${call.extension.id}/active-calls`,
    );
    expect(active.records.map((r) => r.id)).toEqual(
      sandbox.company.activeCalls.filter((r) => r.extension.id === call.extension.id).map((r) => r.id),
    );
  });

  it("a regular user sees their own, not the company's", async () => {
    expect((await getJson(sandbox, user.access_token, '/restapi/v1.0/account/~/extension/~/active-calls')).status).toBe(
      200,
    );
    expect((await getJson(sandbox, user.access_token, '/restapi/v1.0/account/~/active-calls')).status).toBe(403);
  });
});
