// GET …/extension (the company directory, filterable by email) and …/extension/{id|~}.

import { checkAccount, pathExtension } from './access.js';
import { invalidParameter, isErrorReply } from './api-errors.js';
import { listResponse, pageOf, parsePaging } from './paging.js';
import type { ApiContext, Reply } from './reply.js';
import type { SandboxExtension } from './types.js';

const STATUSES = ['Enabled', 'Disabled', 'Frozen', 'NotActivated', 'Unassigned'];

export function extensionList(ctx: ApiContext): Reply {
  const refused = checkAccount(ctx);
  if (refused) return refused;
  const paging = parsePaging(ctx.query);
  if (isErrorReply(paging)) return paging;
  const emails = ctx.query.getAll('email').map((e) => e.toLowerCase());
  const statuses = ctx.query.getAll('status').filter((s) => s !== '');
  if (statuses.some((s) => !STATUSES.includes(s))) return invalidParameter('status');
  const types = ctx.query.getAll('type');
  const extensionNumber = ctx.query.get('extensionNumber');
  const keep = (e: SandboxExtension): boolean =>
    (emails.length === 0 || emails.includes(e.email.toLowerCase())) &&
    (statuses.length === 0 || statuses.includes('Enabled')) &&
    (types.length === 0 || types.includes(e.type)) &&
    (extensionNumber === null || e.extensionNumber === extensionNumber);
  const page = pageOf(ctx.company.extensions, keep, paging);
  return {
    status: 200,
    body: listResponse(ctx, paging, { items: page.items.map((e) => listInfo(ctx, e)), hasNext: page.hasNext }),
  };
}

/** Anyone may read a colleague's directory entry (user permission ReadExtensions, which every user has). */
export function extensionInfo(ctx: ApiContext): Reply {
  const extension = checkAccount(ctx) ?? pathExtension(ctx);
  if (isErrorReply(extension)) return extension;
  const accountUri = `${ctx.baseUrl}/restapi/v1.0/account/${ctx.company.accountId}`;
  return {
    status: 200,
    body: { ...listInfo(ctx, extension), account: { id: ctx.company.accountId, uri: accountUri } },
  };
}

function listInfo(ctx: ApiContext, e: SandboxExtension) {
  return {
    id: Number(e.id),
    uri: `${ctx.baseUrl}/restapi/v1.0/account/${ctx.company.accountId}/extension/${e.id}`,
    extensionNumber: e.extensionNumber,
    name: e.name,
    type: e.type,
    status: 'Enabled',
    contact: { firstName: e.firstName, lastName: e.lastName, email: e.email },
    permissions: { admin: { enabled: e.isAdmin }, internationalCalling: { enabled: false } },
  };
}
