import { describe, expect, it } from 'vitest';
import {
  MissingPermissionError,
  MissingUserPermissionError,
  RecordingNotFoundError,
  RecordingNotReadyError,
} from '../../../src/errors.js';
import { RingCentralHttpError } from '../../../src/ringcentral/errors.js';
import type { CallLogRecord } from '../../../src/ringcentral/types.js';
import { createCallLogService } from '../../../src/service/call-log-service.js';
import type { RecordingLookup, Whose } from '../../../src/service/types.js';
import { fakeClient, type SentRequest } from './fake-client.js';
import { inbound } from './records.js';

const ALL = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts'];
const NOW = Date.parse('2026-03-10T18:00:00Z');
const MINE: Whose = { kind: 'extension', extensionId: '2001' };
const CONTENT = 'https://media.ringcentral.com/restapi/v1.0/account/1/recording/77/content';

/** A call by me that started `agoMs` before NOW and lasted a minute, recorded as 77 unless `recorded` is false. */
function call(agoMs: number, recorded = true): CallLogRecord {
  return inbound('+14155550100', 'Accepted', new Date(NOW - agoMs).toISOString(), {
    id: 'Y3s9KVLz',
    duration: 60,
    extension: { id: 2001, uri: 'https://platform.example/restapi/v1.0/account/1/extension/2001' },
    ...(recorded
      ? {
          recording: {
            id: '77',
            uri: 'https://platform.example/…/recording/77',
            type: 'Automatic',
            contentUri: CONTENT,
          },
        }
      : {}),
  });
}

const notFound = () => new RingCentralHttpError(404, { errors: [{ errorCode: 'CMN-102' }] }, {}, '/x');
const metadata = { id: '77', contentUri: CONTENT, contentType: 'audio/mpeg', duration: 60 };

/** A service whose RingCentral answers the call record with `record` and the recording with `recording`. */
function service(
  answers: { record?: CallLogRecord | Error; list?: CallLogRecord[]; recording?: object | Error },
  scopes = ALL,
) {
  const { client, sent } = fakeClient({
    scopes,
    answer: (request: SentRequest) => {
      const answer = /\/recording\/[^/]+$/.test(request.path)
        ? answers.recording
        : /\/call-log\/[^/]+$/.test(request.path)
          ? answers.record
          : { records: answers.list ?? [], navigation: {} };
      if (answer instanceof Error) throw answer;
      return answer;
    },
  });
  return { service: createCallLogService({ client, now: () => NOW }), sent };
}

const byCall: RecordingLookup = { kind: 'call', callRecordId: 'Y3s9KVLz' };

describe('findRecording', () => {
  it("finds a call by id in the extension's own log, then the recording where it is", async () => {
    const { service: s, sent } = service({ record: call(3_600_000), recording: metadata });
    const found = await s.findRecording(byCall, MINE);
    expect(found.recording).toEqual({ id: '77', contentUri: CONTENT, contentType: 'audio/mpeg', durationSec: 60 });
    expect(found.call).toMatchObject({ id: 'Y3s9KVLz', recordingId: '77', extensionId: '2001', durationSec: 60 });
    expect(sent.map((r) => r.path)).toEqual([
      '/restapi/v1.0/account/~/extension/2001/call-log/Y3s9KVLz',
      '/restapi/v1.0/account/~/recording/77',
    ]);
  });

  it("reads the company's log for a company-wide look-up", async () => {
    const { service: s, sent } = service({ record: call(3_600_000), recording: metadata });
    await s.findRecording(byCall, { kind: 'account' });
    expect(sent[0]?.path).toBe('/restapi/v1.0/account/~/call-log/Y3s9KVLz');
  });

  it('looks a recording id up among the recorded calls of the window it is given', async () => {
    const { service: s, sent } = service({ list: [call(7_200_000)], recording: metadata });
    const lookup: RecordingLookup = {
      kind: 'recording',
      recordingId: '77',
      from: new Date(NOW - 86_400_000),
      to: new Date(NOW),
    };
    expect((await s.findRecording(lookup, MINE)).call.id).toBe('Y3s9KVLz');
    expect(sent[0]).toMatchObject({
      path: '/restapi/v1.0/account/~/extension/2001/call-log',
      query: { recordingType: 'All', dateFrom: '2026-03-09T18:00:00.000Z', dateTo: '2026-03-10T18:00:00.000Z' },
    });
  });

  it('refuses before any request without ReadCallRecording, and without ReadCallLog, naming which', async () => {
    for (const missing of ['ReadCallRecording', 'ReadCallLog']) {
      const { service: s, sent } = service(
        { record: call(0) },
        ALL.filter((p) => p !== missing),
      );
      const error = await s.findRecording(byCall, MINE).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingPermissionError);
      expect(error).toMatchObject({ permission: missing, capability: 'recordingMetadata' });
      expect(sent).toEqual([]);
    }
  });

  it('no such call there (404), or not the recording the button named: not found, and no recording asked for', async () => {
    for (const [answers, lookup] of [
      [{ record: notFound() }, byCall],
      [{ record: call(3_600_000) }, { ...byCall, recordingId: '78' }],
      [{ record: { ...call(3_600_000), extension: { id: 9, uri: 'x' } } }, byCall],
    ] as const) {
      const { service: s, sent } = service(answers);
      const error = await s.findRecording(lookup, MINE).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RecordingNotFoundError);
      expect(error).toMatchObject({ id: 'Y3s9KVLz', reason: 'unknown', scope: 'own' });
      expect(sent.filter((r) => r.path.includes('/recording/'))).toEqual([]);
    }
  });

  it('a recording id not in the window says how far back it looked', async () => {
    const { service: s } = service({ list: [] });
    const lookup: RecordingLookup = {
      kind: 'recording',
      recordingId: '77',
      from: new Date(NOW - 30 * 86_400_000),
      to: new Date(NOW),
    };
    expect(await s.findRecording(lookup, { kind: 'account' }).catch((e: unknown) => e)).toMatchObject({
      reason: 'unknown',
      scope: 'company',
      searchedDays: 30,
    });
  });

  it('a call without a recording: "not ready yet" just after it ended, "not recorded" later', async () => {
    const recent = await service({ record: call(2 * 60_000, false) })
      .service.findRecording(byCall, MINE)
      .catch((e: unknown) => e);
    expect(recent).toBeInstanceOf(RecordingNotReadyError);
    const old = await service({ record: call(3_600_000, false) })
      .service.findRecording(byCall, MINE)
      .catch((e: unknown) => e);
    expect(old).toMatchObject({ reason: 'notRecorded' });
  });

  it('a recording RingCentral answers 404 for: "not ready yet" just after the call, "deleted" later', async () => {
    const recent = await service({ record: call(2 * 60_000), recording: notFound() })
      .service.findRecording(byCall, MINE)
      .catch((e: unknown) => e);
    expect(recent).toBeInstanceOf(RecordingNotReadyError);
    const old = await service({ record: call(3_600_000), recording: notFound() })
      .service.findRecording(byCall, MINE)
      .catch((e: unknown) => e);
    expect(old).toMatchObject({ reason: 'deleted' });
  });

  it('a company look-up RingCentral refuses with CMN-408 is the missing user permission', async () => {
    const refused = new RingCentralHttpError(
      403,
      {
        errorCode: 'InsufficientPermissions',
        errors: [{ errorCode: 'CMN-408', permissionName: 'FullCompanyCallLog' }],
      },
      {},
      '/x',
    );
    const error = await service({ record: refused })
      .service.findRecording(byCall, { kind: 'account' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingUserPermissionError);
    expect(error).toMatchObject({ permission: 'FullCompanyCallLog' });
  });
});
