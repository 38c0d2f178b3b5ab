// Path parameters that name an account or extension ("~" = the token's own), and who may read whose data.
import { type ErrorReply, missingUserPermission, resourceNotFound } from './api-errors.js';
import type { ApiContext } from './reply.js';
import type { SandboxExtension } from './types.js';

export function checkAccount(ctx: ApiContext): ErrorReply | undefined {
  const { accountId } = ctx.params;
  return accountId === '~' || accountId === ctx.company.accountId ? undefined : resourceNotFound('accountId');
}

/**
 * The extension named by the path. Another user's data needs an admin token owner; RingCentral answers a
 * regular user with 403 CMN-408 naming the user permission (`x-user-permission` in the API reference).
 */
export function pathExtension(ctx: ApiContext, userPermission?: string): SandboxExtension | ErrorReply {
  const { extensionId = '~' } = ctx.params;
  if (extensionId === '~' || extensionId === ctx.owner.id) return ctx.owner;
  const extension = ctx.company.extensions.find((e) => e.id === extensionId);
  if (!extension) return resourceNotFound('extensionId');
  if (userPermission && !ctx.owner.isAdmin) return missingUserPermission(userPermission);
  return extension;
}
