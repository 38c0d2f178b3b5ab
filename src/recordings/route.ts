// GET /recordings/{recordingId}?u=…&exp=…&sig=…: check the link, re-check that its user may still hear the call,
// then stream the audio from RingCentral's media host to the browser. Range goes through (audio players seek) and
// RingCentral's 206 / 416 come back; the body is piped with backpressure and never held whole; a browser that goes
// away aborts the download from RingCentral. The bearer token stays between the bot and RingCentral. Every refusal
// is a short HTML page; every stream is an audit line.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { ErrorCode, isTypedError, RangeNotSatisfiableError } from '../errors.js';
import type { CallLogService, RecordingContent } from '../service/types.js';
import { LINKABLE_ID, RECORDINGS_PATH, type RecordingLinks } from './links.js';
import { type RecordingPage, recordingPage } from './pages.js';
import type { RecordingAccess, StreamTarget } from './recording-access.js';

export interface RecordingRouteLog {
  info(message: string, context: object): void;
  warn(message: string, context: object): void;
  error(message: string, ...details: unknown[]): void;
}

export interface RecordingRouteDeps {
  links: RecordingLinks;
  recordings: RecordingAccess;
  service: Pick<CallLogService, 'recordingContent'>;
  log: RecordingRouteLog;
  now: () => number;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Bolt's customRoutes spelling of the route. */
export const RECORDING_ROUTE_PATTERN = `${RECORDINGS_PATH}/:recordingId`;

/** A Range header RingCentral can be handed as is; anything else is ignored, as RFC 9110 allows. */
const BYTE_RANGES = /^bytes=\d*-\d*(?:,\s*\d*-\d*)*$/;
const CONTENT_RANGE_UNSATISFIED = /^bytes \*\/\d+$/;

export function createRecordingRoute(deps: RecordingRouteDeps): RequestHandler {
  return (req, res) => {
    serve(deps, req, res).catch((error: unknown) => {
      // Only a fault of ours gets here; the details are for the log.
      const referenceId = `E${randomBytes(4).toString('hex').toUpperCase()}`;
      deps.log.error(`[ref ${referenceId}] recording route failed:`, error);
      if (!res.headersSent) send(res, recordingPage('unavailable', { referenceId }));
      else res.destroy();
    });
  };
}

async function serve(deps: RecordingRouteDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const recordingId = recordingIdOf(url.pathname);
  if (recordingId === undefined) return send(res, recordingPage('altered'));

  const check = deps.links.verify(recordingId, url.searchParams);
  if (!check.ok) {
    deps.log.info('recording link refused', { recordingId, reason: check.reason, at: isoNow(deps) });
    return send(res, recordingPage(check.reason, { recordingId }));
  }
  const slackUser = check.slackUserId;

  let target: StreamTarget;
  try {
    target = await deps.recordings.streamTarget(slackUser, recordingId);
  } catch (error) {
    deps.log.info('recording link refused', { slackUser, recordingId, reason: reasonOf(error), at: isoNow(deps) });
    return send(res, pageFor(error, recordingId, deps));
  }

  // Aborts RingCentral's download as soon as the browser goes away, headers or body.
  const download = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) download.abort();
  });
  const rangeHeader = req.headers.range;
  const range = rangeHeader && rangeHeader.length <= 200 && BYTE_RANGES.test(rangeHeader) ? rangeHeader : undefined;

  let content: RecordingContent;
  try {
    content = await deps.service.recordingContent(target.recording, {
      ...(range ? { range } : {}),
      signal: download.signal,
    });
  } catch (error) {
    if (error instanceof RangeNotSatisfiableError) {
      const contentRange =
        error.contentRange && CONTENT_RANGE_UNSATISFIED.test(error.contentRange) ? error.contentRange : undefined;
      res.writeHead(416, {
        ...AUDIO_HEADERS,
        'Content-Length': '0',
        ...(contentRange ? { 'Content-Range': contentRange } : {}),
      });
      res.end();
      return;
    }
    if (download.signal.aborted) return; // nobody is listening any more
    deps.log.info('recording link refused', { slackUser, recordingId, reason: reasonOf(error), at: isoNow(deps) });
    return send(res, pageFor(error, recordingId, deps));
  }

  if (res.destroyed) {
    content.body.destroy();
    return;
  }
  res.writeHead(content.status, {
    ...AUDIO_HEADERS,
    'Content-Type': content.contentType,
    ...(content.contentLength !== undefined ? { 'Content-Length': String(content.contentLength) } : {}),
    ...(content.status === 206 && content.contentRange ? { 'Content-Range': content.contentRange } : {}),
    'Content-Disposition': `inline; filename="recording-${recordingId}.${extensionFor(content.contentType)}"`,
  });
  deps.log.info('recording streamed', {
    slackUser,
    recordingId,
    callRecordId: target.callRecordId,
    extensionId: target.extensionId,
    status: content.status,
    ...(range ? { range } : {}),
    at: isoNow(deps),
  });
  try {
    await pipeline(content.body, res);
  } catch {
    // The browser went away (or RingCentral's connection broke) mid-file; pipeline has closed both ends.
  }
}

const AUDIO_HEADERS = {
  'Accept-Ranges': 'bytes',
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/** `/recordings/<id>` → the id, when it is one a link can name. */
function recordingIdOf(pathname: string): string | undefined {
  const prefix = `${RECORDINGS_PATH}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const segment = pathname.slice(prefix.length);
  return LINKABLE_ID.test(segment) ? segment : undefined;
}

function reasonOf(error: unknown): string {
  return isTypedError(error) ? error.code : 'unexpected';
}

function pageFor(error: unknown, recordingId: string, deps: RecordingRouteDeps): RecordingPage {
  if (!isTypedError(error)) throw error;
  switch (error.code) {
    case ErrorCode.RecordingNotFound:
      return recordingPage(error.reason === 'deleted' ? 'notFound' : 'notAllowed', { recordingId });
    case ErrorCode.NotFound:
      return recordingPage('notFound', { recordingId });
    case ErrorCode.RecordingNotReady:
      return recordingPage('notReady', { recordingId });
    case ErrorCode.NotLinked:
      return recordingPage('notLinked', { recordingId });
    case ErrorCode.MissingPermission:
    case ErrorCode.MissingUserPermission:
      return recordingPage('missingPermission', { recordingId, permission: error.permission });
    case ErrorCode.RateLimited:
      return recordingPage('rateLimited', { recordingId, retryAfterSec: Math.ceil(error.retryAfterMs / 1000) });
    default: {
      const referenceId = `E${randomBytes(4).toString('hex').toUpperCase()}`;
      deps.log.warn(`[ref ${referenceId}] recording ${recordingId} could not be fetched`, { reason: error.message });
      return recordingPage('unavailable', { recordingId, referenceId });
    }
  }
}

function send(res: ServerResponse, page: RecordingPage): void {
  if (res.destroyed) return;
  res.writeHead(page.status, { ...page.headers, 'Content-Length': String(Buffer.byteLength(page.html)) });
  res.end(page.html);
}

function extensionFor(contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  if (type === 'audio/mpeg' || type === 'audio/mp3') return 'mp3';
  if (type === 'audio/wav' || type === 'audio/x-wav' || type === 'audio/wave') return 'wav';
  return 'audio';
}

function isoNow(deps: RecordingRouteDeps): string {
  return new Date(deps.now()).toISOString();
}
