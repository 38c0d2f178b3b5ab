// The sandbox's public vocabulary. Record shapes follow RingCentral's API reference (CallLogRecord,
// GetExtensionInfoResponse, …) and are written here on purpose: the sandbox shares no type with the bot's
// client, so a misreading of the API cannot hide in both.

export type SandboxRoute =
  | 'token'
  | 'revoke'
  | 'accountCallLog'
  | 'extensionCallLog'
  | 'accountCallRecord'
  | 'extensionCallRecord'
  | 'accountActiveCalls'
  | 'extensionActiveCalls'
  | 'recording'
  | 'recordingContent'
  | 'extensionList'
  | 'extensionInfo'
  | 'authzProfile';

/**
 * How GET …/authz-profile answers: with the owner's user permissions, or refused (403, as for an account whose
 * policy hides them) or absent (404, as where the route does not exist).
 */
export type AuthzProfileMode = 'answer' | 'forbidden' | 'absent';

/** RingCentral's usage-plan groups, spelled as in the X-Rate-Limit-Group header. */
export type RateGroup = 'Heavy' | 'Medium' | 'Light' | 'Auth';

export interface RateLimit {
  limit: number;
  windowSec: number;
  penaltySec: number;
}

export interface SandboxOptions {
  /** Default 0 (a random free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 42; same seed + same "today" => same company and calls. */
  seed?: number;
  /** Company zone for the synthetic business days. Default America/New_York. */
  timeZone?: string;
  /** The sandbox's only clock: call visibility, token expiry and rate windows all read it. */
  now?: () => Date;
  /** Calls over the whole of today (only those already started are visible). Default 150. */
  callsToday?: number;
  /** Days of history before today, at a normal business volume. Default 35. */
  historyDays?: number;
  /** Users in the company, default 25, minimum 2. */
  extensionCount?: number;
  /** Granted app permissions. Default ReadCallLog, ReadCallRecording, ReadAccounts. */
  scopes?: string[];
  rateLimits?: Partial<Record<RateGroup, RateLimit>>;
  latencyMs?: Partial<Record<SandboxRoute, number>>;
  /** No console output. (The sandbox logs nothing per request either way.) */
  quiet?: boolean;
  /**
   * Call queues (a call rings several members: the others' logs say "Answered Elsewhere", or "Missed" when nobody
   * took it), the rest of CallResultEnum (Sent to Voicemail, Declined, Stopped, Callback requested) and numbers in
   * national format. Default false, so the default company (and the README's samples) stay as they were.
   */
  variety?: boolean;
  /** false simulates an app registered without refresh tokens: token responses carry none. Default true. */
  refreshTokens?: boolean;
}

export interface SandboxRequest {
  /** Sandbox clock (ms since epoch) when the request arrived. */
  at: number;
  method: string;
  /** Which of the sandbox's two origins it reached: the API server or the media host recordings are served from. */
  origin: 'api' | 'media';
  route: SandboxRoute | 'unknown';
  path: string;
  query: Record<string, string[]>;
  /** 0 when the request got no answer (a 'reset' or 'hang' fault). */
  status: number;
  group?: RateGroup;
  tokenOwner?: string;
}

export interface Fault {
  route: SandboxRoute | '*';
  kind: 429 | 500 | 503 | 'reset' | 'hang';
  /** 1-based, counting requests to that route from the moment of injection. Default 1. */
  nth?: number;
  /** How many consecutive requests it hits, from the nth on. Default 1. */
  times?: number;
  /** A 503's Retry-After in seconds. Default 1. */
  retryAfterSec?: number;
}

export interface SandboxExtension {
  id: string;
  extensionNumber: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  isAdmin: boolean;
  type: 'User';
  /** The extension's direct number, E.164 with '+'. */
  phoneNumber: string;
}

export interface SandboxCallParty {
  phoneNumber?: string;
  extensionNumber?: string;
  extensionId?: string;
  name?: string;
  location?: string;
}

export interface SandboxRecordingRef {
  id: string;
  uri: string;
  type: 'Automatic' | 'OnDemand';
  contentUri: string;
}

/** One call-log record as RingCentral lists it (CallLogRecord, Simple view). */
export interface SandboxCallRecord {
  id: string;
  uri: string;
  sessionId: string;
  telephonySessionId: string;
  extension: { id: number; uri: string };
  startTime: string;
  duration?: number;
  durationMs?: number;
  type: 'Voice' | 'Fax';
  direction: 'Inbound' | 'Outbound';
  action: string;
  result: string;
  reason?: string;
  from: SandboxCallParty;
  to: SandboxCallParty;
  recording?: SandboxRecordingRef;
  transport: 'PSTN' | 'VoIP';
  internalType: string;
}

export interface SyntheticCompany {
  accountId: string;
  /** ≈25 users, exactly one admin: extension number "101" (the default JWT's owner). */
  extensions: SandboxExtension[];
  /**
   * Every call-log record as the account-level log lists it, newest first. An internal call is two records
   * (one per extension, opposite directions) sharing sessionId and telephonySessionId. Includes records that
   * start after now; the routes hide those (a record is visible once startTime <= now). Date filters select
   * dateFrom <= startTime < dateTo.
   */
  records: SandboxCallRecord[];
  /** Calls in progress (result 'In Progress'), newest first. */
  activeCalls: SandboxCallRecord[];
}

/**
 * A recording exists (metadata and audio) only this long after its call ended: RingCentral makes recordings
 * available seconds to minutes after a call, and answers 404 until then.
 */
export const RECORDING_READY_DELAY_MS = 60_000;

/** When the recording of `record` starts to exist (ms since epoch). */
export function recordingReadyAt(record: Pick<SandboxCallRecord, 'startTime' | 'durationMs'>): number {
  return Date.parse(record.startTime) + (record.durationMs ?? 0) + RECORDING_READY_DELAY_MS;
}
