// GET …/call-log/{callRecordId} at account and extension level: one record by id (200 JSON), or up to 50
// comma-separated ids as RingCentral's batch syntax allows (207 multipart/mixed: a status part listing each id's
// href and status, then one part per id, the record or its error body).
import { Readable } from 'node:stream';
import { checkAccount, pathExtension } from './access.js';
import {
  type ErrorReply,
  invalidParameter,
  isErrorReply,
  missingUserPermission,
  resourceNotFound,
} from './api-errors.js';
import { detailed, parseView } from './call-log.js';
import type { ApiContext, Reply } from './reply.js';
import type { SandboxCallRecord } from './types.js';

/** "up to 50 IDs" (API reference). */
export const MAX_BATCH_IDS = 50;

export function accountCallRecord(ctx: ApiContext): Reply {
  const refused = checkAccount(ctx) ?? (ctx.owner.isAdmin ? undefined : missingUserPermission('FullCompanyCallLog'));
  return refused ?? callRecords(ctx, () => true);
}

export function extensionCallRecord(ctx: ApiContext): Reply {
  const extension = checkAccount(ctx) ?? pathExtension(ctx, 'ReadCallLog');
  if (isErrorReply(extension)) return extension;
  // The extension's own records only: another extension's id is not found here.
  return callRecords(ctx, (record) => String(record.extension.id) === extension.id);
}

function callRecords(ctx: ApiContext, belongs: (record: SandboxCallRecord) => boolean): Reply {
  const ids = (ctx.params.callRecordId ?? '').split(',');
  if (ids.length > MAX_BATCH_IDS || ids.some((id) => id === '')) return invalidParameter('callRecordId');
  const view = parseView(ctx.query);
  if (isErrorReply(view)) return view;
  const lookUp = (id: string): SandboxCallRecord | ErrorReply => {
    const record = ctx.calls.byId.get(id);
    // A call that has not started yet is not in the log.
    if (!record || !belongs(record) || Date.parse(record.startTime) > ctx.now) return resourceNotFound('callRecordId');
    return view === 'Detailed' ? detailed(record) : record;
  };
  if (ids.length === 1) {
    const found = lookUp(ids[0] as string);
    return isErrorReply(found) ? found : { status: 200, body: found };
  }
  return multiStatus(
    ctx,
    ids.map((id) => ({ id, result: lookUp(id) })),
  );
}

let boundaries = 0;

/** RingCentral's 207 Multi-Status body (the "Batch Requests" guide): a status part, then one part per id. */
function multiStatus(ctx: ApiContext, parts: Array<{ id: string; result: SandboxCallRecord | ErrorReply }>): Reply {
  boundaries += 1;
  const boundary = `Boundary_${boundaries}_${ctx.now}`;
  const base = `${ctx.baseUrl}${ctx.pathname.slice(0, ctx.pathname.lastIndexOf('/') + 1)}`;
  const statuses = parts.map(({ id, result }) => {
    const status = isErrorReply(result) ? result.status : 200;
    return {
      href: `${base}${encodeURIComponent(id)}`,
      status,
      responseDescription: status === 200 ? 'OK' : 'Not Found',
    };
  });
  const bodies = [{ response: statuses }, ...parts.map(({ result }) => (isErrorReply(result) ? result.body : result))];
  const text = `${bodies
    .map((body) => `--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(body)}\r\n`)
    .join('')}--${boundary}--\r\n`;
  const bytes = Buffer.from(text, 'utf8');
  return {
    status: 207,
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}`, 'Content-Length': String(bytes.length) },
    stream: Readable.from([bytes]),
  };
}
