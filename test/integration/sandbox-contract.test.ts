// Every body the sandbox sends must validate against RingCentral's own component schemas (copied into
// test/fixtures/ringcentral/ from the OpenAPI spec; see the README there).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingReadyAt, type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { multipartJson } from '../support/multipart.js';
import {
  get,
  getJson,
  login,
  manualClock,
  NO_THROTTLE,
  type Tokens,
  tokenRequest,
} from '../unit/sandbox/sandbox-client.js';

const spec: unknown = JSON.parse(
  readFileSync(new URL('../fixtures/ringcentral/rc-schemas.json', import.meta.url), 'utf8'),
);

// OpenAPI 3.0 schemas: unknown keywords (example, x-*) are annotations; formats are checked here.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat(
  'date-time',
  (s: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
);
ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
ajv.addFormat('email', (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s));
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
ajv.addFormat('double', { type: 'number', validate: () => true });
ajv.addSchema(spec as object, 'rc');

function schema(name: string): ValidateFunction {
  const validate = ajv.getSchema(`rc#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate;
}

function expectValid(name: string, body: unknown): void {
  const validate = schema(name);
  const ok = validate(body);
  expect(ok, `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

let sandbox: Sandbox;
let admin: Tokens;
let user: Tokens;
const clock = manualClock();

beforeAll(async () => {
  sandbox = await startSandbox({ now: clock.now, rateLimits: NO_THROTTLE, quiet: true });
  admin = await login(sandbox);
  user = await login(sandbox, sandbox.jwtFor(sandbox.company.extensions[1]?.id ?? ''));
});
afterAll(() => sandbox.close());

describe('sandbox bodies match RingCentral schemas', () => {
  it('(the schemas do reject what RingCentral would not send)', () => {
    const record = sandbox.company.records[0];
    expect(schema('CallLogRecord')({ ...record, result: 'Teleported' })).toBe(false);
    expect(schema('CallLogResponse')({ records: [], navigation: {}, paging: { perPage: 1, pageCount: 1 } })).toBe(
      false,
    );
    expect(schema('TokenInfo')({ access_token: 'a', expires_in: 1, scope: '', token_type: 'bearer' })).toBe(false);
  });

  it('with variety on (call queues, the rest of CallResultEnum, national numbers) every record is a CallLogRecord', async () => {
    const varied = await startSandbox({ now: clock.now, historyDays: 3, quiet: true, variety: true });
    try {
      const validate = schema('CallLogRecord');
      for (const record of varied.company.records) {
        const { id } = record;
        if (!validate(record)) throw new Error(`${id}: ${ajv.errorsText(validate.errors)}`);
      }
    } finally {
      await varied.close();
    }
  });

  it('every generated call-log record is a CallLogRecord', () => {
    const validate = schema('CallLogRecord');
    for (const record of [...sandbox.company.records, ...sandbox.company.activeCalls]) {
      const { id } = record; // read before validate(): its type guard narrows a failing record to never
      if (!validate(record)) throw new Error(`${id}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('token responses are TokenInfo, OAuth failures the OAuth error model', async () => {
    expectValid('TokenInfo', admin);
    // A session of its own: a refresh retires the access token it replaces, and the other tests use admin's.
    const other = await login(sandbox);
    const refreshed = await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: other.refresh_token });
    expectValid('TokenInfo', await refreshed.json());
    const badClient = await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: 'x' }, 'Basic eDp5');
    expect(badClient.status).toBe(401);
    expectValid('OauthErrorResponse', await badClient.json());
    const spent = await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: other.refresh_token });
    expect(spent.status).toBe(400);
    expectValid('OauthErrorResponse', await spent.json());
  });

  it.each([
    '/restapi/v1.0/account/~/call-log?perPage=50',
    '/restapi/v1.0/account/~/call-log?perPage=50&page=2&view=Detailed',
    '/restapi/v1.0/account/~/call-log?dateFrom=2000-01-01T00:00:00Z&dateTo=2000-01-02T00:00:00Z',
    '/restapi/v1.0/account/~/call-log?page=999',
    '/restapi/v1.0/account/~/extension/~/call-log?view=Detailed&dateFrom=2025-03-01T00:00:00Z',
    '/restapi/v1.0/account/~/active-calls?view=Detailed',
    '/restapi/v1.0/account/~/extension/~/active-calls',
  ])('%s is a CallLogResponse', async (path) => {
    const { status, body } = await getJson(sandbox, admin.access_token, path);
    expect(status).toBe(200);
    expectValid('CallLogResponse', body);
  });

  it('recording metadata is a GetCallRecordingResponse', async () => {
    const recorded = sandbox.company.records.find((r) => r.recording && recordingReadyAt(r) < clock.ms());
    const { status, body } = await getJson(
      sandbox,
      admin.access_token,
      `/restapi/v1.0/account/~/recording/${recorded?.recording?.id}`,
    );
    expect(status).toBe(200);
    expectValid('GetCallRecordingResponse', body);
  });

  it('one call record by id is a CallLogRecord, at account and extension level, and so is each part of a batch', async () => {
    const [first, second] = sandbox.company.records.filter((r) => Date.parse(r.startTime) <= clock.ms());
    const one = await getJson(sandbox, admin.access_token, `/restapi/v1.0/account/~/call-log/${first?.id}`);
    expect(one.status).toBe(200);
    expectValid('CallLogRecord', one.body);
    const own = `/restapi/v1.0/account/~/extension/${first?.extension.id}/call-log/${first?.id}?view=Detailed`;
    expectValid('CallLogRecord', (await getJson(sandbox, admin.access_token, own)).body);
    const batch = await get(
      sandbox,
      admin.access_token,
      `/restapi/v1.0/account/~/call-log/${first?.id},${second?.id},0`,
    );
    expect(batch.status).toBe(207);
    const [, a, b, missing] = multipartJson(batch.headers.get('content-type'), await batch.text());
    expectValid('CallLogRecord', a);
    expectValid('CallLogRecord', b);
    expectValid('ApiErrorResponseModel', missing);
  });

  it('the directory is a GetExtensionListResponse and one entry a GetExtensionInfoResponse', async () => {
    const list = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/extension?perPage=10&page=2');
    expectValid('GetExtensionListResponse', list.body);
    const one = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/extension/~');
    expectValid('GetExtensionInfoResponse', one.body);
  });

  it("the owner's authz-profile is an AuthProfileResource: FullCompanyCallLog for the admin only", async () => {
    const path = '/restapi/v1.0/account/~/extension/~/authz-profile';
    const ids = (body: unknown) =>
      ((body as { permissions: Array<{ permission: { id: string } }> }).permissions ?? []).map((p) => p.permission.id);
    const mine = await getJson(sandbox, admin.access_token, path);
    expect(mine.status).toBe(200);
    expectValid('AuthProfileResource', mine.body);
    expect(ids(mine.body)).toContain('FullCompanyCallLog');
    const theirs = await getJson(sandbox, user.access_token, path);
    expectValid('AuthProfileResource', theirs.body);
    expect(ids(theirs.body)).toContain('ReadCallLog');
    expect(ids(theirs.body)).not.toContain('FullCompanyCallLog');
  });

  it('authz-profile can be made to refuse (403) or to be absent (404), with RingCentral error bodies', async () => {
    const path = '/restapi/v1.0/account/~/extension/~/authz-profile';
    sandbox.setAuthzProfile('forbidden');
    const refused = await getJson(sandbox, admin.access_token, path);
    sandbox.setAuthzProfile('absent');
    const absent = await getJson(sandbox, admin.access_token, path);
    sandbox.setAuthzProfile('answer');
    expect([refused.status, absent.status]).toEqual([403, 404]);
    expectValid('ApiErrorResponseModel', refused.body);
    expectValid('ApiErrorResponseModel', absent.body);
    expect((await getJson(sandbox, admin.access_token, path)).status).toBe(200);
  });

  it('401, 403, 404 bodies are ApiErrorResponseModel and 400 a ParameterizedErrorResponseModel', async () => {
    const bodies = [
      await (await get(sandbox, undefined, '/restapi/v1.0/account/~/call-log')).json(),
      await (await get(sandbox, 'nope', '/restapi/v1.0/account/~/call-log')).json(),
      (await getJson(sandbox, user.access_token, '/restapi/v1.0/account/~/call-log')).body,
      (await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/recording/0')).body,
      (await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/no-such-thing')).body,
    ];
    for (const body of bodies) expectValid('ApiErrorResponseModel', body);
    const bad = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/call-log?dateFrom=yesterday');
    expect(bad.status).toBe(400);
    expectValid('ParameterizedErrorResponseModel', bad.body);
    const clg110 = await getJson(
      sandbox,
      admin.access_token,
      '/restapi/v1.0/account/~/call-log?sessionId=1&extensionNumber=101',
    );
    expect(clg110.status).toBe(400);
    expectValid('ApiErrorResponseModel', clg110.body);
    const transport = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/call-log?transport=X');
    expectValid('ParameterizedErrorResponseModel', transport.body);
  });

  it('scope, rate-limit and server-error bodies are ApiErrorResponseModel', async () => {
    sandbox.setScopes(['ReadAccounts']);
    const forbidden = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/call-log');
    sandbox.setScopes(['ReadCallLog', 'ReadCallRecording', 'ReadAccounts']);
    expect(forbidden.status).toBe(403);
    expectValid('ApiErrorResponseModel', forbidden.body);
    for (const kind of [429, 500, 503] as const) {
      sandbox.injectFault({ route: 'extensionInfo', kind });
      const failed = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/extension/~');
      expect(failed.status).toBe(kind);
      expectValid('ApiErrorResponseModel', failed.body);
    }
    sandbox.setRateLimit('Light', { limit: 1, windowSec: 60, penaltySec: 60 });
    await get(sandbox, admin.access_token, '/restapi/v1.0/account/~/extension/~');
    const throttled = await getJson(sandbox, admin.access_token, '/restapi/v1.0/account/~/extension/~');
    expect(throttled.status).toBe(429);
    expectValid('ApiErrorResponseModel', throttled.body);
  });
});
