// Checks in front of Bolt's HTTP receiver for what it lets through: a timestamp in the future (Bolt only refuses
// old ones; Slack's rule is five minutes either way) and a signed body that is not an object (`payload=null` made
// Bolt throw where nothing answers, holding the connection). Everything else is Bolt's, which reads the body kept here.
import type { IncomingMessage, RequestListener } from 'node:http';
import { parse } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';

/** Slack's replay window, both ways. */
export const MAX_CLOCK_SKEW_SEC = 5 * 60;
const BODY_LIMIT = 4 * 1024 * 1024; // Bolt's own default

export interface RequestCheckOptions {
  signingSecret: string;
  path: string;
  now?: () => number;
}

/** `listener` (Bolt's), behind the checks for POSTs to `path`; other requests go straight through. */
export function checkSlackRequests(listener: RequestListener, options: RequestCheckOptions): RequestListener {
  const now = options.now ?? Date.now;
  return (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST' || pathname !== options.path) return void listener(req, res);
    readBody(req).then(
      (body) => {
        const refusal = refuse(req, body, options.signingSecret, now());
        if (refusal) return void res.writeHead(refusal).end();
        // Bolt reads a body already read from `rawBody` instead of the spent stream.
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        listener(req, res);
      },
      () => void res.writeHead(413).end(),
    );
  };
}

function refuse(req: IncomingMessage, body: Buffer, signingSecret: string, nowMs: number): number | undefined {
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (Number.isFinite(timestamp) && timestamp > nowMs / 1000 + MAX_CLOCK_SKEW_SEC) return 401;
  const text = body.toString();
  if (isObject(parseLikeBolt(text, req.headers['content-type']))) return undefined;
  // Malformed: 400 to Slack, but to a stranger the same 401 as any unsigned request.
  const signature = req.headers['x-slack-signature'];
  const signed =
    typeof signature === 'string' &&
    Number.isFinite(timestamp) &&
    isValidSlackRequest({
      signingSecret,
      body: text,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      nowMilliseconds: nowMs,
    });
  return signed ? 400 : 401;
}

/** The body as Bolt will read it (a form's `payload` field is JSON), or undefined if that would throw. */
function parseLikeBolt(text: string, contentType: string | undefined): unknown {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parse(text);
      return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        req.destroy();
        reject(new Error('body too large'));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
