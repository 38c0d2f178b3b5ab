import { describe, expect, it, vi } from 'vitest';
import { NotLinkedError, RecordingNotFoundError } from '../../../src/errors.js';
import { createRecordingLinks, RECORDING_LINK_LIFETIME_MS } from '../../../src/recordings/links.js';
import { createRecordingAccess } from '../../../src/recordings/recording-access.js';
import type { FoundRecording, RecordingLookup, Whose } from '../../../src/service/types.js';
import { ALICE_EXT, call, fakeAccess, fakeService, NOW } from '../listeners/fakes.js';

const BOB_EXT = { ...ALICE_EXT, id: '2002', extensionNumber: '103', name: 'Bob Example', email: 'bob@example.com' };
const users = {
  UALICE: { link: { kind: 'linked' as const, extension: ALICE_EXT, email: 'alice@example.com' } },
  UBOB: { link: { kind: 'linked' as const, extension: BOB_EXT, email: 'bob@example.com' } },
};

function found(extensionId = ALICE_EXT.id): FoundRecording {
  return {
    call: { ...call(1), id: 'Y3s9KVLz', recordingId: '77', extensionId },
    recording: { id: '77', contentUri: 'https://media.example/77/content', contentType: 'audio/mpeg', durationSec: 30 },
  };
}

function setUp(answer: (lookup: RecordingLookup, whose: Whose) => FoundRecording = () => found()) {
  let now = NOW.getTime();
  const findRecording = vi.fn(async (lookup: RecordingLookup, whose: Whose) => answer(lookup, whose));
  const service = fakeService({ findRecording, extension: vi.fn(async () => BOB_EXT) });
  const audit: Array<[string, object]> = [];
  const recordings = createRecordingAccess({
    service,
    access: fakeAccess(users, ['UADMIN']),
    links: createRecordingLinks({ secret: 'unit-test-secret-0123456789', publicBaseUrl: 'https://x', now: () => now }),
    log: { info: (message, context) => audit.push([message, context]) },
    now: () => now,
  });
  return {
    recordings,
    findRecording,
    audit,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('who may hear which recording', () => {
  it('a member looks a typed recording id up in their own calls of the last 30 days, then as a call id', async () => {
    const { recordings, findRecording } = setUp((lookup) => {
      if (lookup.kind === 'recording') throw new RecordingNotFoundError('77', 'unknown', 'own', 30);
      return found();
    });
    await recordings.linkFor('UALICE', { kind: 'typed', id: '77' });
    const [[first, whose], [second]] = findRecording.mock.calls as [[RecordingLookup, Whose], [RecordingLookup]];
    expect(whose).toEqual({ kind: 'extension', extensionId: ALICE_EXT.id });
    expect(first).toEqual({
      kind: 'recording',
      recordingId: '77',
      from: new Date(NOW.getTime() - 30 * 86_400_000),
      to: NOW,
    });
    expect(second).toEqual({ kind: 'call', callRecordId: '77' });
  });

  it('when neither finds it, the answer says how far back the recording was looked for', async () => {
    const { recordings } = setUp((lookup) => {
      throw new RecordingNotFoundError('77', 'unknown', 'own', lookup.kind === 'recording' ? 30 : undefined);
    });
    await expect(recordings.linkFor('UALICE', { kind: 'typed', id: '77' })).rejects.toMatchObject({ searchedDays: 30 });
  });

  it('an id with letters is a call record id only; a ▶ names both', async () => {
    const { recordings, findRecording } = setUp();
    await recordings.linkFor('UALICE', { kind: 'typed', id: 'Y3s9KVLz' });
    await recordings.linkFor('UALICE', { kind: 'button', callRecordId: 'Y3s9KVLz', recordingId: '77' });
    expect(findRecording.mock.calls.map(([lookup]) => lookup)).toEqual([
      { kind: 'call', callRecordId: 'Y3s9KVLz' },
      { kind: 'call', callRecordId: 'Y3s9KVLz', recordingId: '77' },
    ]);
  });

  it('an admin looks through the company, and learns whose call it is', async () => {
    const { recordings, findRecording } = setUp(() => found(BOB_EXT.id));
    const answer = await recordings.linkFor('UADMIN', { kind: 'typed', id: 'Y3s9KVLz' });
    expect(findRecording.mock.calls[0]?.[1]).toEqual({ kind: 'account' });
    expect(answer.owner).toEqual(BOB_EXT);
  });

  it('someone Slack cannot link is told so, and nothing is looked up', async () => {
    const { recordings, findRecording } = setUp();
    await expect(recordings.linkFor('USTRANGER', { kind: 'typed', id: '77' })).rejects.toBeInstanceOf(NotLinkedError);
    expect(findRecording).not.toHaveBeenCalled();
  });

  it('writes an audit line for each link, with who, which recording, which call and when', async () => {
    const { recordings, audit } = setUp();
    const { link } = await recordings.linkFor('UALICE', { kind: 'typed', id: 'Y3s9KVLz' });
    expect(audit).toEqual([
      [
        'recording link issued',
        {
          slackUser: 'UALICE',
          recordingId: '77',
          callRecordId: 'Y3s9KVLz',
          extensionId: ALICE_EXT.id,
          at: NOW.toISOString(),
          expiresAt: link.expiresAt.toISOString(),
        },
      ],
    ]);
  });
});

describe('the check when a link is opened', () => {
  it("re-checks the member against the recording's extension without asking RingCentral again", async () => {
    const { recordings, findRecording } = setUp();
    await recordings.linkFor('UALICE', { kind: 'typed', id: 'Y3s9KVLz' });
    findRecording.mockClear();
    expect(await recordings.streamTarget('UALICE', '77')).toEqual({
      recording: { id: '77', contentUri: 'https://media.example/77/content', contentType: 'audio/mpeg' },
      callRecordId: 'Y3s9KVLz',
      extensionId: ALICE_EXT.id,
    });
    await expect(recordings.streamTarget('UBOB', '77')).rejects.toBeInstanceOf(RecordingNotFoundError);
    expect(findRecording).not.toHaveBeenCalled();
  });

  it("after the link lifetime (or a restart) looks again, through the member's own calls", async () => {
    const { recordings, findRecording, advance } = setUp();
    await recordings.linkFor('UALICE', { kind: 'typed', id: 'Y3s9KVLz' });
    advance(RECORDING_LINK_LIFETIME_MS + 1);
    findRecording.mockClear();
    await recordings.streamTarget('UALICE', '77');
    expect(findRecording).toHaveBeenCalledTimes(1);
    expect(findRecording.mock.calls[0]?.[0]).toMatchObject({ kind: 'recording', recordingId: '77' });
    expect(findRecording.mock.calls[0]?.[1]).toEqual({ kind: 'extension', extensionId: ALICE_EXT.id });
  });

  it('an admin may open any remembered recording; an unknown one is looked up company-wide', async () => {
    const { recordings, findRecording } = setUp();
    await recordings.streamTarget('UADMIN', '77');
    expect(findRecording.mock.calls[0]?.[1]).toEqual({ kind: 'account' });
    findRecording.mockClear();
    await recordings.streamTarget('UADMIN', '77');
    expect(findRecording).not.toHaveBeenCalled();
  });
});
