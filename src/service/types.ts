// The service's vocabulary: what listeners ask for and what blocks render. Nothing here is
// RingCentral's wire format (that lives in ../ringcentral/types) and nothing is Slack's.
import type { Readable } from 'node:stream';
import type { Capability, Permission } from './permissions.js';

/** How a call ended, in the product's definitions (see service/calls/outcome.ts). */
export type CallOutcome = 'answered' | 'missed' | 'voicemail' | 'other';

export interface CallParty {
  name?: string;
  phoneNumber?: string;
  extensionNumber?: string;
}

export interface Call {
  id: string;
  /** telephonySessionId, else sessionId: the key a call is deduplicated on. */
  sessionKey: string;
  startTime: Date;
  durationSec: number;
  direction: 'Inbound' | 'Outbound';
  type: 'Voice' | 'Fax';
  /** RingCentral's own result text, e.g. "Missed", "Call connected". */
  result: string;
  outcome: CallOutcome;
  /** The party on the other end from the extension's point of view. */
  otherParty: CallParty;
  /** Whose call log it came from (extension id), when known. */
  extensionId?: string;
  recordingId?: string;
}

export type CallFilter =
  | 'missed'
  | 'answered'
  | 'voicemail'
  | 'unreturned'
  | 'inbound'
  | 'outbound'
  | 'recorded'
  | 'voice'
  | 'fax';

/** Whose calls: one extension (the user's own, or one an admin names) or the whole company. */
export type Whose = { kind: 'extension'; extensionId: string } | { kind: 'account' };

export interface CallsRequest {
  from: Date;
  to: Date;
  whose: Whose;
  /** All must hold (AND). Empty: every call. */
  filters: readonly CallFilter[];
  /** Digits-only phone number (E.164 without '+' is fine); matches either party. */
  phoneNumber?: string;
  /** IANA zone for the per-hour histogram. */
  timeZone: string;
}

export interface CallSummary {
  /** Every call in the window (before filters), deduplicated in company views. */
  total: number;
  inbound: number;
  outbound: number;
  answered: number;
  missed: number;
  voicemail: number;
  unreturned: number;
  recorded: number;
  talkTimeSec: number;
  /** 24 counts, index = hour of day in the request's zone. */
  perHour: number[];
}

export interface CallsResult {
  /** Calls that pass the filters, newest first. */
  calls: Call[];
  summary: CallSummary;
  /** How many RingCentral requests it took (0 when served from cache). */
  requests: number;
}

export interface ActiveCall {
  id: string;
  startTime: Date;
  direction: 'Inbound' | 'Outbound';
  otherParty: CallParty;
  extensionId?: string;
}

export interface RecordingDetails {
  id: string;
  /** Where RingCentral serves the audio (its media host): fetched as given, never rebuilt from the API server. */
  contentUri: string;
  contentType: string;
  durationSec: number;
}

/** What `findRecording` looks for, always within one `Whose`. */
export type RecordingLookup =
  /** A recording id, among the recorded calls that started in [from, to). */
  | { kind: 'recording'; recordingId: string; from: Date; to: Date }
  /** A call record id; with `recordingId` when a ▶ button named both, and then the call must carry that recording. */
  | { kind: 'call'; callRecordId: string; recordingId?: string };

/** A recording and the call it belongs to. */
export interface FoundRecording {
  call: Call;
  recording: RecordingDetails;
}

export interface RecordingContent {
  status: 200 | 206;
  contentType: string;
  contentLength?: number;
  contentRange?: string;
  body: Readable;
}

export interface Extension {
  id: string;
  extensionNumber: string;
  name: string;
  email?: string;
}

export interface PermissionsReport {
  granted: string[];
  capabilities: Array<{
    capability: Capability;
    label: string;
    route: string;
    needs: Permission[];
    missing: Permission[];
    userPermission?: string;
  }>;
  owner: { id: string; name?: string; extensionNumber?: string; isAdmin: boolean };
}

/** Rate-limit waits the service is about to sit through; listeners turn them into "delayed" notices. */
export interface DelayNotice {
  waitMs: number;
  group?: string;
}

export interface CallLogService {
  calls(request: CallsRequest, onDelay?: (notice: DelayNotice) => void): Promise<CallsResult>;
  activeCalls(whose: Whose, onDelay?: (notice: DelayNotice) => void): Promise<ActiveCall[]>;
  /**
   * The recording `lookup` names and its call, read from `whose`'s calls only (an extension's own call log, or the
   * company's), then its details. Guarded as recording details (ReadCallLog and ReadCallRecording) before anything
   * is sent. Throws RecordingNotFoundError or RecordingNotReadyError when there is nothing to play (yet).
   */
  findRecording(
    lookup: RecordingLookup,
    whose: Whose,
    onDelay?: (notice: DelayNotice) => void,
  ): Promise<FoundRecording>;
  recording(recordingId: string): Promise<RecordingDetails>;
  /** Streams the audio from `recording.contentUri`; `range` is the browser's Range header, passed through untouched. */
  recordingContent(
    recording: Pick<RecordingDetails, 'id' | 'contentUri'>,
    options?: { range?: string; signal?: AbortSignal },
  ): Promise<RecordingContent>;
  extensionByEmail(email: string): Promise<Extension | undefined>;
  extension(extensionId: string): Promise<Extension | undefined>;
  permissionsReport(): Promise<PermissionsReport>;
}
