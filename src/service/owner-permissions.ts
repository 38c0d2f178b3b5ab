// Which user permissions the token's owner holds, from GET …/extension/~/authz-profile. The route asks for no
// app permission, but an account may refuse it (403) or not offer it (404): then the answer is "unknown", never
// a guess. Only a refused login is the caller's problem.
import type { RingCentralClient } from '../ringcentral/client.js';
import { ENDPOINTS } from '../ringcentral/endpoints.js';
import { RingCentralHttpError, RingCentralLoginError, RingCentralRateLimitError } from '../ringcentral/errors.js';
import type { UserPermissionCheck } from './types.js';

/** AuthProfileResource (RingCentral's API reference), the fields read here. */
interface AuthProfileResource {
  permissions?: Array<{ permission?: { id?: string } }>;
}

export type OwnerPermissions = { known: true; ids: ReadonlySet<string> } | { known: false; reason: string };

const ROUTE = `GET ${ENDPOINTS.authzProfile.template.replace('{extensionId}', '~')}`;

export async function ownerPermissions(client: RingCentralClient): Promise<OwnerPermissions> {
  try {
    const { data } = await client.get<AuthProfileResource>(ENDPOINTS.authzProfile.route({ extensionId: '~' }));
    const ids = (data.permissions ?? []).map((p) => p.permission?.id).filter((id): id is string => Boolean(id));
    return { known: true, ids: new Set(ids) };
  } catch (error) {
    if (error instanceof RingCentralLoginError) throw error;
    if (error instanceof RingCentralHttpError && error.status === 401) throw error;
    return { known: false, reason: whyUnknown(error) };
  }
}

export function checkUserPermission(owner: OwnerPermissions, permission: string): UserPermissionCheck {
  return owner.known ? { known: true, granted: owner.ids.has(permission) } : owner;
}

function whyUnknown(error: unknown): string {
  if (error instanceof RingCentralRateLimitError) return `RingCentral's rate limit held back ${ROUTE}`;
  if (error instanceof RingCentralHttpError) {
    const code = error.errorCode ? ` ${error.errorCode}` : '';
    if (error.status === 403) return `RingCentral refused ${ROUTE} (403${code})`;
    if (error.status === 404) return `RingCentral does not offer ${ROUTE} here (404${code})`;
    return `RingCentral answered ${ROUTE} with ${error.status}${code}`;
  }
  return `RingCentral did not answer ${ROUTE}`;
}
