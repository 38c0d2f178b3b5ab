// Request bodies as Slack's clients send them: JSON (respond(), most SDK calls with a JSON content type) or a
// form, where the SDKs put structured fields as JSON text and flags as "true" / "false".
import type { IncomingMessage } from 'node:http';

const MAX_BODY_BYTES = 2 * 1024 * 1024;

const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);
const FLAG_FIELDS = new Set([
  'replace_original',
  'delete_original',
  'unfurl_links',
  'unfurl_media',
  'mrkdwn',
  'reply_broadcast',
]);

/** The whole body as text; rejects with `request_too_large` past 2 MB. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request_too_large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The fields of a JSON object or form body; throws on JSON that is not an object. */
export function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw.trim() === '') return {};
  if (contentType?.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('invalid_json');
    return parsed as Record<string, unknown>;
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) body[key] = JSON.parse(value);
    else if (FLAG_FIELDS.has(key)) body[key] = value === 'true';
    else body[key] = value;
  }
  return body;
}

/** A non-empty string field, or undefined. */
export function stringField(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
