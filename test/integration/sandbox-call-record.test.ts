// GET …/call-log/{callRecordId}: one record by id (200 JSON), or up to 50 comma-separated ids (207
// multipart/mixed), at account level (FullCompanyCallLog) and at extension level (that extension's own records).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, type SandboxCallRecord, startSandbox } from '../../src/sandbox/index.js';
import { defined } from '../support/defined.js';
import { multipartJson } from '../support/multipart.js';
import { get, getJson, login, manualClock, NO_THROTTLE, type Tokens } from '../unit/sandbox/sandbox-client.js';

const clock = manualClock();
let sandbox: Sandbox;
let admin: Tokens;
let user: Tokens;

beforeAll(async () => {
  sandbox = await startSandbox({ now: clock.now, rateLimits: NO_THROTTLE, historyDays: 3, quiet: true });
  admin = await login(sandbox);
  user = await login(sandbox, sandbox.jwtFor(member().id));
});
afterAll(() => sandbox.close());

const member = () => defined(sandbox.company.extensions[1]);
const past = () => sandbox.company.records.filter((r) => Date.parse(r.startTime) <= clock.ms());
const ownRecord = () => defined(past().find((r) => String(r.extension.id) === member().id));
const othersRecord = () => defined(past().find((r) => String(r.extension.id) !== member().id));

describe('one call record by id', () => {
  it('account level: 200 with the record exactly as the call log lists it', async () => {
    const record = othersRecord();
    const { status, body } = await getJson(
      sandbox,
      admin.access_token,
      `/restapi/v1.0/account/~/call-log/${record.id}`,
    );
    expect(status).toBe(200);
    expect(body).toEqual(record);
  });

  it('extension level: the extension its own record, the Detailed view with its legs', async () => {
    const record = ownRecord();
    const path = `/restapi/v1.0/account/~/extension/~/call-log/${record.id}`;
    expect((await getJson(sandbox, user.access_token, path)).body).toEqual(record);
    const detailed = await getJson<SandboxCallRecord & { legs: unknown[] }>(
      sandbox,
      user.access_token,
      `${path}?view=Detailed`,
    );
    expect(detailed.body.legs).toHaveLength(1);
  });

  it("extension level: another extension's record is not found there (404 CMN-102 callRecordId)", async () => {
    const { status, body } = await getJson(
      sandbox,
      user.access_token,
      `/restapi/v1.0/account/~/extension/${member().id}/call-log/${othersRecord().id}`,
    );
    expect(status).toBe(404);
    expect(body).toMatchObject({ errors: [{ errorCode: 'CMN-102', parameterName: 'callRecordId' }] });
  });

  it('account level for a regular user: 403 CMN-408 naming FullCompanyCallLog', async () => {
    const { status, body } = await getJson(
      sandbox,
      user.access_token,
      `/restapi/v1.0/account/~/call-log/${ownRecord().id}`,
    );
    expect(status).toBe(403);
    expect(body).toMatchObject({ errors: [{ errorCode: 'CMN-408', permissionName: 'FullCompanyCallLog' }] });
  });

  it('a call that has not started yet, or an id nobody has, is 404', async () => {
    const future = defined(sandbox.company.records.find((r) => Date.parse(r.startTime) > clock.ms()));
    for (const id of [future.id, 'nosuchrecord']) {
      expect((await get(sandbox, admin.access_token, `/restapi/v1.0/account/~/call-log/${id}`)).status).toBe(404);
    }
  });

  it('needs ReadCallLog', async () => {
    sandbox.setScopes(['ReadAccounts', 'ReadCallRecording']);
    try {
      const { status, body } = await getJson(
        sandbox,
        admin.access_token,
        `/restapi/v1.0/account/~/call-log/${ownRecord().id}`,
      );
      expect(status).toBe(403);
      expect(body).toMatchObject({ errors: [{ errorCode: 'CMN-401', permissionName: 'ReadCallLog' }] });
    } finally {
      sandbox.setScopes(['ReadCallLog', 'ReadCallRecording', 'ReadAccounts']);
    }
  });
});

describe('several call records (batch syntax)', () => {
  it('207 multipart/mixed: a status part, then each record or its error body, in the order asked', async () => {
    const [a, b] = past();
    const ids = [defined(a).id, 'nosuchrecord', defined(b).id];
    const response = await get(sandbox, admin.access_token, `/restapi/v1.0/account/~/call-log/${ids.join(',')}`);
    expect(response.status).toBe(207);
    expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=/);
    const [statuses, ...parts] = multipartJson(response.headers.get('content-type'), await response.text());
    expect(statuses).toEqual({
      response: ids.map((id, i) => ({
        href: `${sandbox.url}/restapi/v1.0/account/~/call-log/${id}`,
        status: i === 1 ? 404 : 200,
        responseDescription: i === 1 ? 'Not Found' : 'OK',
      })),
    });
    expect(parts[0]).toEqual(a);
    expect(parts[1]).toMatchObject({ errors: [{ errorCode: 'CMN-102' }] });
    expect(parts[2]).toEqual(b);
  });

  it('takes up to 50 ids; 51 is a 400', async () => {
    const fifty = past()
      .slice(0, 50)
      .map((r) => r.id);
    expect((await get(sandbox, admin.access_token, `/restapi/v1.0/account/~/call-log/${fifty}`)).status).toBe(207);
    const tooMany = await getJson(sandbox, admin.access_token, `/restapi/v1.0/account/~/call-log/${fifty},x`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ errors: [{ errorCode: 'CMN-101', parameterName: 'callRecordId' }] });
  });
});
