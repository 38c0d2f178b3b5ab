// GET …/extension/{id|~}/authz-profile (readAuthorizationProfile → AuthProfileResource): the user permissions
// the extension's roles grant, each with its effective role and the scopes it reaches. Only an admin holds
// FullCompanyCallLog, which is what the account-level call log checks.
import { checkAccount, pathExtension } from './access.js';
import { type ErrorReply, isErrorReply, missingAppPermission, resourceNotFound } from './api-errors.js';
import type { ApiContext, Reply } from './reply.js';
import type { AuthzProfileMode, SandboxExtension } from './types.js';

/** What every user may do with their own data. */
const SELF_PERMISSIONS = ['ReadCallLog', 'ReadCallRecording', 'ReadExtensions', 'ReadMessages', 'ReadUserInfo'];
/** What an admin role adds, company-wide. */
const ADMIN_PERMISSIONS = ['FullCompanyCallLog', 'ReadCompanyInfo', 'EditExtensions', 'ReadUserRoles'];
const ROLE = { admin: '1', user: '3' } as const;

export function authzProfile(ctx: ApiContext): Reply {
  // Another extension's profile is an admin's business, as for other per-extension data.
  const extension = checkAccount(ctx) ?? pathExtension(ctx, 'ReadUserRoles');
  if (isErrorReply(extension)) return extension;
  const account = `${ctx.baseUrl}/restapi/v1.0/account/${ctx.company.accountId}`;
  return {
    status: 200,
    body: {
      uri: `${account}/extension/${extension.id}/authz-profile`,
      permissions: permissionsOf(extension).map(({ id, scopes }) => {
        const role = extension.isAdmin ? ROLE.admin : ROLE.user;
        return {
          permission: { id, uri: `${ctx.baseUrl}/restapi/v1.0/dictionary/permission/${id}` },
          effectiveRole: { id: role, uri: `${account}/user-role/${role}` },
          scopes,
        };
      }),
    },
  };
}

/** The refusal a test asked for in place of the profile. */
export function authzProfileRefusal(mode: Exclude<AuthzProfileMode, 'answer'>): ErrorReply {
  return mode === 'forbidden' ? missingAppPermission('ReadAccounts') : resourceNotFound('uri');
}

function permissionsOf(extension: SandboxExtension): Array<{ id: string; scopes: string[] }> {
  const own = SELF_PERMISSIONS.map((id) => ({ id, scopes: ['Self'] }));
  if (!extension.isAdmin) return own;
  return [...own, ...ADMIN_PERMISSIONS.map((id) => ({ id, scopes: ['Account'] }))];
}
