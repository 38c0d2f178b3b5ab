// Private, expiring recording links: GET /recordings/{recordingId}?u=<Slack user>&exp=<epoch s>&sig=<HMAC>. The
// signature (HMAC-SHA256 with RECORDING_LINK_SECRET) covers the recording id, the Slack user and the expiry, so a
// change to any of them is refused; it is compared in constant time. A link carries no RingCentral token: the route
// fetches the audio itself, for the user the link names, after checking what that user may hear now.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const RECORDINGS_PATH = '/recordings';
export const RECORDING_LINK_LIFETIME_MS = 15 * 60_000;

/** The ids a recording link may name; the same alphabet the command accepts. */
export const LINKABLE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;
const EPOCH_SECONDS = /^\d{1,12}$/;
/** base64url of a 32-byte HMAC-SHA256, unpadded. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
/** Links are never issued further ahead than their lifetime; a minute of leeway covers clock steps. */
const LEEWAY_MS = 60_000;

export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

/** Why a link is refused: parts missing (a cut-off copy), parts changed (or forged), or too old. */
export type LinkRefusal = 'incomplete' | 'altered' | 'expired';

export type LinkCheck = { ok: true; slackUserId: string; expiresAt: Date } | { ok: false; reason: LinkRefusal };

export interface RecordingLinks {
  /** A link to `recordingId` for `slackUserId`, valid for the link lifetime from now. */
  issue(recordingId: string, slackUserId: string): IssuedLink;
  /** Whether `query` (the link's u, exp, sig) is one this server issued for `recordingId` and still valid. */
  verify(recordingId: string, query: URLSearchParams): LinkCheck;
}

export interface RecordingLinkOptions {
  secret: string;
  /** How browsers reach this server, without a trailing slash. */
  publicBaseUrl: string;
  now?: () => number;
  lifetimeMs?: number;
}

export function createRecordingLinks(options: RecordingLinkOptions): RecordingLinks {
  const now = options.now ?? Date.now;
  const lifetimeMs = options.lifetimeMs ?? RECORDING_LINK_LIFETIME_MS;
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const sign = (recordingId: string, userId: string, exp: string): Buffer =>
    // One field per line, so no two different triples sign the same text.
    createHmac('sha256', options.secret)
      .update(`calllog-recording-link/v1\n${recordingId}\n${userId}\n${exp}`)
      .digest();

  return {
    issue(recordingId, slackUserId) {
      if (!LINKABLE_ID.test(recordingId) || !SLACK_USER_ID.test(slackUserId)) {
        throw new RangeError('a recording link needs a recording id and a Slack user id');
      }
      const expiresAt = new Date(Math.floor((now() + lifetimeMs) / 1000) * 1000);
      const exp = String(expiresAt.getTime() / 1000);
      const sig = sign(recordingId, slackUserId, exp).toString('base64url');
      const query = new URLSearchParams({ u: slackUserId, exp, sig });
      return { url: `${base}${RECORDINGS_PATH}/${encodeURIComponent(recordingId)}?${query}`, expiresAt };
    },

    verify(recordingId, query) {
      const [u, exp, sig] = [query.get('u'), query.get('exp'), query.get('sig')];
      if (u === null || exp === null || sig === null) return { ok: false, reason: 'incomplete' };
      if (!LINKABLE_ID.test(recordingId) || !SLACK_USER_ID.test(u) || !EPOCH_SECONDS.test(exp) || !SIGNATURE.test(sig))
        return { ok: false, reason: 'altered' };
      // Compared as text: decoding first would accept a changed last character whose spare bits are dropped.
      const given = Buffer.from(sig, 'ascii');
      const expected = Buffer.from(sign(recordingId, u, exp).toString('base64url'), 'ascii');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: 'altered' };
      const expiresAt = new Date(Number(exp) * 1000);
      const at = now();
      if (expiresAt.getTime() <= at) return { ok: false, reason: 'expired' };
      // Signed by us but further ahead than we ever issue: the secret or the lifetime changed; refuse it.
      if (expiresAt.getTime() > at + lifetimeMs + LEEWAY_MS) return { ok: false, reason: 'altered' };
      return { ok: true, slackUserId: u, expiresAt };
    },
  };
}
