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
  /** Company-wide views only: who missed, left unreturned and took the most calls. */
  breakdown?: CompanyBreakdown;
  /** Set when the calls were fetched noticeably before the window's end (a shared, recent fetch): as of then. */
  asOf?: Date;
}

/** An extension as a reader knows it; name and number come from the directory, else from the call records. */
export interface ExtensionRef {
  id: string;
  name?: string;
  extensionNumber?: string;
}

/**
 * One extension's part of a company-wide window: every call it was on, from its own records, so a call that rang
 * three people counts for each of them (the company totals count it once).
 */
export interface ExtensionActivity extends ExtensionRef {
  calls: number;
  missed: number;
  /** Its missed calls that nobody in the company returned in the window. */
  unreturned: number;
  talkTimeSec: number;
}

/** Short ranked lists (at most BREAKDOWN_SIZE each, see service/calls/breakdown.ts), only extensions with a count. */
export interface CompanyBreakdown {
  mostMissed: ExtensionActivity[];
  mostUnreturned: ExtensionActivity[];
  /** By calls, then talk time. */
  busiest: ExtensionActivity[];
  /** How many extensions had a call in the window. */
  extensionsWithCalls: number;
}

export interface ActiveCall {
  id: string;
  startTime: Date;
  direction: 'Inbound' | 'Outbound';
  otherParty: CallParty;
  extensionId?: string;
  /** Company-wide: who in the company is on the call. */
  extension?: ExtensionRef;
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

/** Whether the token's owner holds a user permission, as GET …/authz-profile tells; `unknown` when it would not say. */
export type UserPermissionCheck = { known: true; granted: boolean } | { known: false; reason: string };

/**
 * What stands between a capability and the bot: nothing, app permissions the token lacks (added in the Developer
 * Console, then the token re-issued), or a user permission its owner lacks (granted by a role in the Admin Portal).
 */
export type CapabilityFix =
  | { kind: 'addAppPermissions'; permissions: Permission[] }
  | { kind: 'grantUserPermission'; permission: string };

export interface CapabilityReport {
  capability: Capability;
  label: string;
  route: string;
  needs: Permission[];
  missing: Permission[];
  userPermission?: string;
  /** Usable with this token: every app permission granted, and the user permission (if any) not known missing. */
  available: boolean;
  /** When it needs a user permission that RingCentral would not confirm. */
  userPermissionUnknown?: true;
  /** Present exactly when it is not available. */
  fix?: CapabilityFix;
}

/** A permission the core does without, and what it would add. */
export interface OptionalPermissionReport {
  permission: string;
  granted: boolean;
  unlocks: string;
  route: string;
}

export interface PermissionsReport {
  granted: string[];
  capabilities: CapabilityReport[];
  owner: { id: string; name?: string; extensionNumber?: string; isAdmin: boolean };
  /** FullCompanyCallLog, which the account-level call log needs of the token's owner. */
  companyCallLog: UserPermissionCheck;
  optional: OptionalPermissionReport[];
  /** When the current tokens expire (the bot renews the access token itself). */
  token?: { accessTokenExpiresAt: Date; refreshTokenExpiresAt?: Date };
  /** The RingCentral API server the bot talks to. */
  server?: string;
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
  /** The extension with this short number ("101"), if the company has one. */
  extensionByNumber(extensionNumber: string): Promise<Extension | undefined>;
  extension(extensionId: string): Promise<Extension | undefined>;
  permissionsReport(): Promise<PermissionsReport>;
}
