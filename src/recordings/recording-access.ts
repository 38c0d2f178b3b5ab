// Who may hear which recording, decided the same way for `/calllog recording ID`, a ▶ button and the streaming
// route: a member their own extension's calls, looked up through their own call log only (so someone else's id
// costs no request for someone else's data); an admin (CALLLOG_ADMINS) any call, through the company's log.
// Issued links are remembered for their lifetime with the extension that owns the recording, so the route can
// re-check a member without asking RingCentral again; after a restart it looks again through their own data.

import type { UserAccess } from '../access/user-access.js';
import { NotLinkedError, RecordingNotFoundError } from '../errors.js';
import type {
  CallLogService,
  DelayNotice,
  Extension,
  FoundRecording,
  RecordingDetails,
  RecordingLookup,
  Whose,
} from '../service/types.js';
import { type IssuedLink, RECORDING_LINK_LIFETIME_MS, type RecordingLinks } from './links.js';

/** How far back a recording id is looked for: the call log has no filter by recording id, so a window is read. */
export const RECORDING_SEARCH_DAYS = 30;
const DAY_MS = 86_400_000;
/** Links remembered at once; the oldest go first (they only cost a fresh lookup). */
const MAX_REMEMBERED = 10_000;

/** What the user asked to hear: typed (a recording id or a call record id), or a ▶ button naming both. */
export type RecordingRequest =
  | { kind: 'typed'; id: string }
  | { kind: 'button'; callRecordId: string; recordingId: string };

export interface RecordingLinkAnswer extends FoundRecording {
  link: IssuedLink;
  /** The extension the call belongs to, when an admin opened it (a member's is their own). */
  owner?: Extension;
}

/** Where the route fetches the audio from, and the call it belongs to (for the audit line). */
export interface StreamTarget {
  recording: Pick<RecordingDetails, 'id' | 'contentUri' | 'contentType'>;
  callRecordId: string;
  extensionId?: string;
}

export interface RecordingAccess {
  /** Finds what `request` names among the calls `userId` may hear, issues their link and writes the audit line. */
  linkFor(
    userId: string,
    request: RecordingRequest,
    onDelay?: (notice: DelayNotice) => void,
  ): Promise<RecordingLinkAnswer>;
  /** For the route: whether the link's user may still hear `recordingId` now, and where its audio is. */
  streamTarget(userId: string, recordingId: string): Promise<StreamTarget>;
}

export interface AuditLog {
  info(message: string, context: object): void;
}

export interface RecordingAccessDeps {
  service: CallLogService;
  access: UserAccess;
  links: RecordingLinks;
  log: AuditLog;
  now: () => number;
}

export function createRecordingAccess({ service, access, links, log, now }: RecordingAccessDeps): RecordingAccess {
  const issued = new Map<string, { target: StreamTarget; expiresAt: number }>();

  function remember(found: FoundRecording, whose: Whose): StreamTarget {
    const { recording, call } = found;
    const extensionId = call.extensionId ?? (whose.kind === 'extension' ? whose.extensionId : undefined);
    const target: StreamTarget = {
      recording: { id: recording.id, contentUri: recording.contentUri, contentType: recording.contentType },
      callRecordId: call.id,
      ...(extensionId !== undefined ? { extensionId } : {}),
    };
    const at = now();
    for (const [id, entry] of issued) if (entry.expiresAt <= at) issued.delete(id);
    issued.delete(recording.id);
    issued.set(recording.id, { target, expiresAt: at + RECORDING_LINK_LIFETIME_MS });
    if (issued.size > MAX_REMEMBERED) issued.delete(issued.keys().next().value as string);
    return target;
  }

  function known(recordingId: string): StreamTarget | undefined {
    const entry = issued.get(recordingId);
    return entry && entry.expiresAt > now() ? entry.target : undefined;
  }

  /** A member's own extension, or the whole company for an admin. */
  async function whoseFor(userId: string): Promise<Whose> {
    if (access.isAdmin(userId)) return { kind: 'account' };
    const link = await access.link(userId);
    if (link.kind !== 'linked') throw new NotLinkedError(link.email);
    return { kind: 'extension', extensionId: link.extension.id };
  }

  function searchWindow(): { from: Date; to: Date } {
    const to = now();
    return { from: new Date(to - RECORDING_SEARCH_DAYS * DAY_MS), to: new Date(to) };
  }

  async function find(
    request: RecordingRequest,
    whose: Whose,
    onDelay?: (notice: DelayNotice) => void,
  ): Promise<FoundRecording> {
    if (request.kind === 'button') {
      const { callRecordId, recordingId } = request;
      return service.findRecording({ kind: 'call', callRecordId, recordingId }, whose, onDelay);
    }
    const byCall: RecordingLookup = { kind: 'call', callRecordId: request.id };
    // RingCentral's recording ids are numbers and its call record ids are not; a number may still be either.
    if (!/^\d+$/.test(request.id)) return service.findRecording(byCall, whose, onDelay);
    const byRecording: RecordingLookup = { kind: 'recording', recordingId: request.id, ...searchWindow() };
    try {
      return await service.findRecording(byRecording, whose, onDelay);
    } catch (error) {
      if (!(error instanceof RecordingNotFoundError && error.reason === 'unknown')) throw error;
      return service.findRecording(byCall, whose, onDelay).catch((second: unknown) => {
        // Nothing by either name: the first answer says how far back the recording was looked for.
        throw second instanceof RecordingNotFoundError && second.reason === 'unknown' ? error : second;
      });
    }
  }

  async function ownerOf(whose: Whose, extensionId: string | undefined): Promise<Extension | undefined> {
    if (whose.kind !== 'account' || extensionId === undefined) return undefined;
    // Only a nicety for the admin's reply: without it the call still shows.
    return service.extension(extensionId).catch(() => undefined);
  }

  return {
    async linkFor(userId, request, onDelay) {
      const whose = await whoseFor(userId);
      const found = await find(request, whose, onDelay);
      const target = remember(found, whose);
      const link = links.issue(found.recording.id, userId);
      log.info('recording link issued', {
        slackUser: userId,
        recordingId: found.recording.id,
        callRecordId: found.call.id,
        extensionId: target.extensionId,
        at: new Date(now()).toISOString(),
        expiresAt: link.expiresAt.toISOString(),
      });
      const owner = await ownerOf(whose, target.extensionId);
      return { ...found, link, ...(owner ? { owner } : {}) };
    },

    async streamTarget(userId, recordingId) {
      const whose = await whoseFor(userId);
      const remembered = known(recordingId);
      if (remembered && (whose.kind === 'account' || remembered.extensionId !== undefined)) {
        if (whose.kind === 'extension' && remembered.extensionId !== whose.extensionId) {
          // Still linked, but to another extension than the recording's (their email moved): not theirs now.
          throw new RecordingNotFoundError(recordingId, 'unknown', 'own');
        }
        return remembered;
      }
      const found = await service.findRecording({ kind: 'recording', recordingId, ...searchWindow() }, whose);
      return remember(found, whose);
    },
  };
}
