// The permission guard end to end: each capability works with its permission, is refused without it before
// anything is sent, and RingCentral's own 403 becomes the very same error.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ErrorCode,
  MissingPermissionError,
  MissingUserPermissionError,
  NotFoundError,
  RangeNotSatisfiableError,
  RateLimitedError,
  UpstreamError,
} from '../../src/errors.js';
import { createRingCentralClient, type RingCentralClient } from '../../src/ringcentral/client.js';
import { recordingReadyAt, type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { createCallLogService } from '../../src/service/call-log-service.js';
import type { CallLogService } from '../../src/service/types.js';
import { defined } from '../support/defined.js';

const ALL = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts'];
let sandbox: Sandbox;
let client: RingCentralClient;

afterEach(async () => {
  await client.close();
  await sandbox.close();
});

async function start(scopes: string[], jwt?: (s: Sandbox) => string): Promise<CallLogService> {
  sandbox = await startSandbox({ quiet: true, historyDays: 1, scopes });
  client = createRingCentralClient({
    serverUrl: sandbox.url,
    ...sandbox.credentials,
    jwt: jwt ? jwt(sandbox) : sandbox.credentials.jwt,
    retry: { baseDelayMs: 1, maxDelayMs: 5, maxRateLimitWaitMs: 500 },
  });
  await client.login();
  sandbox.clearRequests();
  // Each capability's own route; the shared company-wide fetch has its own tests.
  return createCallLogService({ client, sharedFetch: false });
}

const adminId = () => defined(sandbox.company.extensions[0]).id;
const visibleRecord = () =>
  defined(sandbox.company.records.find((r) => r.recording && recordingReadyAt(r) < Date.now()));
const visibleRecording = () => defined(visibleRecord().recording).id;
const visibleMedia = () => defined(visibleRecord().recording);
const lastDay = () => ({ from: new Date(Date.now() - 24 * 3600_000), to: new Date(), filters: [], timeZone: 'UTC' });

type Case = { capability: string; needs: string; route: string; run: (service: CallLogService) => Promise<unknown> };
const CASES: Case[] = [
  {
    capability: 'extensionCallLog',
    needs: 'ReadCallLog',
    route: 'extensionCallLog',
    run: (s) => s.calls({ ...lastDay(), whose: { kind: 'extension', extensionId: adminId() } }),
  },
  {
    capability: 'accountCallLog',
    needs: 'ReadCallLog',
    route: 'accountCallLog',
    run: (s) => s.calls({ ...lastDay(), whose: { kind: 'account' } }),
  },
  {
    capability: 'activeCalls',
    needs: 'ReadCallLog',
    route: 'extensionActiveCalls',
    run: (s) => s.activeCalls({ kind: 'extension', extensionId: adminId() }),
  },
  {
    capability: 'accountActiveCalls',
    needs: 'ReadCallLog',
    route: 'accountActiveCalls',
    run: (s) => s.activeCalls({ kind: 'account' }),
  },
  {
    capability: 'recordingMetadata',
    needs: 'ReadCallRecording',
    route: 'recording',
    run: (s) => s.recording(visibleRecording()),
  },
  {
    capability: 'recordingContent',
    needs: 'ReadCallRecording',
    route: 'recordingContent',
    run: async (s) => (await s.recordingContent(visibleMedia(), { range: 'bytes=0-9' })).body.resume(),
  },
  {
    capability: 'extensionLookup',
    needs: 'ReadAccounts',
    route: 'extensionList',
    run: (s) => s.extensionByEmail(defined(sandbox.company.extensions[1]).email),
  },
  { capability: 'extensionLookup', needs: 'ReadAccounts', route: 'extensionInfo', run: (s) => s.extension(adminId()) },
];

describe.each(CASES)('$capability via $route', ({ capability, needs, route, run }) => {
  it('works with its permission', async () => {
    const service = await start(ALL);
    await run(service);
    expect(sandbox.requests.map((r) => `${r.route} ${r.status}`)).toContain(
      `${route} ${route === 'recordingContent' ? 206 : 200}`,
    );
  });

  it(`without ${needs}: MissingPermissionError, and zero requests reach RingCentral`, async () => {
    const service = await start(ALL.filter((p) => p !== needs));
    const error = await run(service).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect(error).toMatchObject({ permission: needs, capability });
    expect(sandbox.requests).toEqual([]);
  });

  it(`RingCentral's own 403 (${needs} withdrawn after login) becomes the same error`, async () => {
    const service = await start(ALL);
    sandbox.setScopes(ALL.filter((p) => p !== needs));
    const error = await run(service).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect(error).toMatchObject({ code: ErrorCode.MissingPermission, permission: needs, capability });
    expect(sandbox.requests.map((r) => `${r.route} ${r.status}`)).toEqual([`${route} 403`]);
  });
});

describe('other refusals', () => {
  it('a regular user asking for the company call log: MissingUserPermissionError FullCompanyCallLog', async () => {
    const service = await start(ALL, (s) => s.jwtFor(defined(s.company.extensions[1]).id));
    const error = await service.calls({ ...lastDay(), whose: { kind: 'account' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingUserPermissionError);
    expect(error).toMatchObject({ permission: 'FullCompanyCallLog', capability: 'accountCallLog' });
  });

  it('an unknown recording: NotFoundError', async () => {
    const service = await start(ALL);
    await expect(service.recording('123')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a range past the end of a recording: RangeNotSatisfiableError with the real size', async () => {
    const service = await start(ALL);
    const error = await service
      .recordingContent(visibleMedia(), { range: 'bytes=999999999-' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeNotSatisfiableError);
    expect((error as RangeNotSatisfiableError).contentRange).toMatch(/^bytes \*\/\d+$/);
  });

  it('a 429 longer than the service may wait: RateLimitedError, and the request is not repeated', async () => {
    const service = await start(ALL);
    sandbox.injectFault({ route: 'recording', kind: 429 });
    await expect(service.recording(visibleRecording())).rejects.toBeInstanceOf(RateLimitedError);
    expect(sandbox.requests.filter((r) => r.route === 'recording')).toHaveLength(1);
  });

  it('a server that keeps failing: UpstreamError after bounded retries', async () => {
    const service = await start(ALL);
    sandbox.injectFault({ route: 'extensionInfo', kind: 503, times: 20, retryAfterSec: 0 });
    await expect(service.extension(adminId())).rejects.toBeInstanceOf(UpstreamError);
    expect(sandbox.requests.filter((r) => r.route === 'extensionInfo')).toHaveLength(4);
  });
});

describe('the permissions report', () => {
  it('names the token owner and whether they are an admin', async () => {
    const service = await start(ALL);
    const report = await service.permissionsReport();
    expect(report.granted).toEqual([...ALL].sort());
    expect(report.capabilities.every((c) => c.missing.length === 0)).toBe(true);
    expect(report.owner).toMatchObject({ id: adminId(), extensionNumber: '101', isAdmin: true });
  });

  it('without ReadAccounts: still a report, owner id from the token, only the user permissions asked for', async () => {
    const service = await start(['ReadCallLog']);
    const report = await service.permissionsReport();
    expect(report.owner).toEqual({ id: adminId(), isAdmin: false });
    expect(report.capabilities.find((c) => c.capability === 'recordingContent')?.missing).toEqual([
      'ReadCallRecording',
    ]);
    expect(sandbox.requests.map((r) => r.route)).toEqual(['authzProfile']);
  });

  it('learns from authz-profile that the admin may read the company log, and a regular user may not', async () => {
    const admin = await (await start(ALL)).permissionsReport();
    expect(admin.companyCallLog).toEqual({ known: true, granted: true });
    await client.close();
    await sandbox.close();
    const regularJwt = (s: Sandbox) => s.jwtFor(defined(s.company.extensions.find((e) => !e.isAdmin)).id);
    const regular = await (await start(ALL, regularJwt)).permissionsReport();
    expect(regular.companyCallLog).toEqual({ known: true, granted: false });
    expect(regular.capabilities.find((c) => c.capability === 'accountCallLog')).toMatchObject({
      available: false,
      fix: { kind: 'grantUserPermission', permission: 'FullCompanyCallLog' },
    });
  });

  it.each([['forbidden' as const], ['absent' as const]])(
    'authz-profile %s: the company log is "unknown" rather than guessed',
    async (mode) => {
      const service = await start(ALL);
      sandbox.setAuthzProfile(mode);
      const report = await service.permissionsReport();
      expect(report.companyCallLog).toMatchObject({ known: false, reason: expect.stringMatching(/40[34]/) });
      expect(report.owner).toMatchObject({ extensionNumber: '101', isAdmin: true });
    },
  );
});
