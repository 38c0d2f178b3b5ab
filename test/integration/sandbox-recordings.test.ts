// Recording metadata and audio (with byte ranges) on the media origin, recordings that exist only a while after
// their call, and the company directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingReadyAt, type Sandbox, type SandboxCallRecord, startSandbox } from '../../src/sandbox/index.js';
import { defined } from '../support/defined.js';
import { get, getJson, login, manualClock, NO_THROTTLE, type Tokens } from '../unit/sandbox/sandbox-client.js';

const clock = manualClock();
let sandbox: Sandbox;
let admin: Tokens;
let recorded: SandboxCallRecord;

beforeAll(async () => {
  sandbox = await startSandbox({ now: clock.now, rateLimits: NO_THROTTLE, historyDays: 5, quiet: true });
  admin = await login(sandbox);
  recorded = sandbox.company.records.find(
    (r) => r.recording && recordingReadyAt(r) < clock.ms() && (r.duration ?? 0) > 10,
  ) as SandboxCallRecord;
});
afterAll(() => sandbox.close());

const size = () => 44 + (recorded.duration ?? 0) * 8000;

describe('recordings', () => {
  it('metadata points at content on the media origin (not the API server) and lasts as long as the call', async () => {
    const { status, body } = await getJson(
      sandbox,
      admin.access_token,
      `/restapi/v1.0/account/~/recording/${recorded.recording?.id}`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      id: recorded.recording?.id,
      contentUri: recorded.recording?.contentUri,
      contentType: 'audio/wav',
      duration: recorded.duration,
    });
    expect(recorded.recording?.contentUri).toBe(
      `${sandbox.mediaUrl}/restapi/v1.0/account/${sandbox.company.accountId}/recording/${recorded.recording?.id}/content`,
    );
    expect(sandbox.mediaUrl).not.toBe(sandbox.url);
  });

  it('the media origin checks the bearer token like the API does, and serves recording content only', async () => {
    sandbox.clearRequests();
    const contentUri = recorded.recording?.contentUri ?? '';
    expect((await get(sandbox, undefined, contentUri)).status).toBe(401);
    expect((await get(sandbox, 'not-a-token', contentUri)).status).toBe(401);
    const served = await get(sandbox, admin.access_token, contentUri, { Range: 'bytes=0-3' });
    expect(served.status).toBe(206);
    expect(Buffer.from(await served.arrayBuffer()).toString('ascii')).toBe('RIFF');
    const callLog = await get(sandbox, admin.access_token, `${sandbox.mediaUrl}/restapi/v1.0/account/~/call-log`);
    expect(callLog.status).toBe(404);
    expect(sandbox.requests.map((r) => `${r.origin} ${r.route} ${r.status}`)).toEqual([
      'media recordingContent 401',
      'media recordingContent 401',
      'media recordingContent 206',
      'media unknown 404',
    ]);
  });

  it('a recording exists only a minute after its call ended: 404 before, 200 after', async () => {
    const ending = defined(
      sandbox.company.records.find((r) => r.recording && recordingReadyAt(r) > clock.ms() + 10 * 60_000),
    );
    const metadata = `/restapi/v1.0/account/~/recording/${ending.recording?.id}`;
    const started = clock.ms();
    try {
      // The call itself is in the log, with its recording named, but the recording is still being processed.
      clock.set(Date.parse(ending.startTime) + (ending.durationMs ?? 0) + 10_000);
      // Tokens expire by the sandbox's clock too: log in at the new time.
      const { access_token: token } = await login(sandbox);
      const listed = await getJson<{ id: string }>(sandbox, token, `/restapi/v1.0/account/~/call-log/${ending.id}`);
      expect(listed.body).toMatchObject({ recording: { id: ending.recording?.id } });
      expect((await get(sandbox, token, metadata)).status).toBe(404);
      expect((await get(sandbox, token, ending.recording?.contentUri ?? '')).status).toBe(404);
      clock.set(recordingReadyAt(ending));
      expect((await get(sandbox, token, metadata)).status).toBe(200);
    } finally {
      clock.set(started);
    }
  });

  it('content is the whole WAV file with its length and Accept-Ranges', async () => {
    const response = await get(sandbox, admin.access_token, recorded.recording?.contentUri ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe(String(size()));
    const audio = Buffer.from(await response.arrayBuffer());
    expect(audio.length).toBe(size());
    expect(audio.toString('ascii', 0, 4)).toBe('RIFF');
  });

  it('a Range request gets 206 with Content-Range and exactly those bytes', async () => {
    const whole = Buffer.from(
      await (await get(sandbox, admin.access_token, recorded.recording?.contentUri ?? '')).arrayBuffer(),
    );
    const response = await get(sandbox, admin.access_token, recorded.recording?.contentUri ?? '', {
      Range: 'bytes=100-1099',
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 100-1099/${size()}`);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(Buffer.from(await response.arrayBuffer()).equals(whole.subarray(100, 1100))).toBe(true);
  });

  it('a Range past the end is 416 with Content-Range: bytes */size', async () => {
    const response = await get(sandbox, admin.access_token, recorded.recording?.contentUri ?? '', {
      Range: `bytes=${size()}-`,
    });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${size()}`);
  });

  it('an unknown recording is 404 CMN-102 naming recordingId', async () => {
    for (const path of ['/restapi/v1.0/account/~/recording/123', '/restapi/v1.0/account/~/recording/123/content']) {
      const { status, body } = await getJson(sandbox, admin.access_token, path);
      expect(status).toBe(404);
      expect(body).toMatchObject({
        errors: [
          {
            errorCode: 'CMN-102',
            message: 'Resource for parameter [recordingId] is not found',
            parameterName: 'recordingId',
          },
        ],
      });
    }
  });

  it('a recording of a call that has not happened yet does not exist', async () => {
    const future = sandbox.company.records.find((r) => r.recording && Date.parse(r.startTime) > clock.ms());
    expect(future).toBeDefined();
    expect(
      (await get(sandbox, admin.access_token, `/restapi/v1.0/account/~/recording/${future?.recording?.id}`)).status,
    ).toBe(404);
  });

  it("someone else's recording is 403 CMN-408 for a regular user, theirs is fine", async () => {
    const owner = String(recorded.extension.id);
    const stranger = sandbox.company.extensions.find((e) => !e.isAdmin && e.id !== owner)?.id ?? '';
    const theirs = await login(sandbox, sandbox.jwtFor(stranger));
    const refused = await getJson(
      sandbox,
      theirs.access_token,
      `/restapi/v1.0/account/~/recording/${recorded.recording?.id}`,
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errors: [{ errorCode: 'CMN-408' }] });
    if (owner !== sandbox.company.extensions[0]?.id) {
      const mine = await login(sandbox, sandbox.jwtFor(owner));
      expect(
        (await get(sandbox, mine.access_token, `/restapi/v1.0/account/~/recording/${recorded.recording?.id}`)).status,
      ).toBe(200);
    }
  });
});

describe('extensions', () => {
  interface Listed {
    id: number;
    extensionNumber: string;
    contact: { email: string };
    permissions: { admin: { enabled: boolean } };
  }

  it('the email filter is case-insensitive and repeatable', async () => {
    const [a, b] = sandbox.company.extensions;
    const query = `email=${encodeURIComponent(a?.email.toUpperCase() ?? '')}&email=${encodeURIComponent(b?.email ?? '')}`;
    const { body } = await getJson<{ records: Listed[] }>(
      sandbox,
      admin.access_token,
      `/restapi/v1.0/account/~/extension?${query}`,
    );
    expect(body.records.map((r) => String(r.id))).toEqual([a?.id, b?.id]);
  });

  it('an unknown email finds nobody', async () => {
    const { body } = await getJson<{ records: Listed[] }>(
      sandbox,
      admin.access_token,
      '/restapi/v1.0/account/~/extension?email=nobody@example.com',
    );
    expect(body.records).toEqual([]);
  });

  it('the directory pages like every list', async () => {
    const { body } = await getJson<{ records: Listed[]; paging: object; navigation: { nextPage?: unknown } }>(
      sandbox,
      admin.access_token,
      '/restapi/v1.0/account/~/extension?perPage=10&page=3',
    );
    expect(body.records.map((r) => r.extensionNumber)).toEqual(['121', '122', '123', '124', '125']);
    expect(body.paging).toEqual({ page: 3, perPage: 10, pageStart: 20, pageEnd: 24 });
    expect(body.navigation.nextPage).toBeUndefined();
  });

  it('extension/~ is the token owner, with the admin flag', async () => {
    const { body } = await getJson<Listed & { account: { id: string } }>(
      sandbox,
      admin.access_token,
      '/restapi/v1.0/account/~/extension/~',
    );
    expect(body).toMatchObject({
      extensionNumber: '101',
      permissions: { admin: { enabled: true } },
      account: { id: sandbox.company.accountId },
    });
  });

  it('a regular user may look a colleague up by id', async () => {
    const user = await login(sandbox, sandbox.jwtFor(sandbox.company.extensions[4]?.id ?? ''));
    const adminId = sandbox.company.extensions[0]?.id;
    const { status, body } = await getJson<Listed>(
      sandbox,
      user.access_token,
      `/restapi/v1.0/account/~/extension/${adminId}`,
    );
    expect(status).toBe(200);
    expect(String(body.id)).toBe(adminId);
  });
});
