// What each capability gives a user, in their words, and which RingCentral endpoints it calls. The permissions
// it needs are not restated here: they come from the endpoint table (../ringcentral/endpoints), which the guard,
// the `scopes` report, the error messages and the README's permission table all read through this file.
import { APP_PERMISSIONS, type AppPermission, ENDPOINTS, type Endpoint, type Route } from '../ringcentral/endpoints.js';

export const PERMISSIONS = APP_PERMISSIONS;
export type Permission = AppPermission;

export type Capability =
  | 'activeCalls'
  | 'accountActiveCalls'
  | 'accountCallLog'
  | 'extensionCallLog'
  | 'recordingMetadata'
  | 'recordingContent'
  | 'extensionLookup';

export interface CapabilityRule {
  /** What the user gets, in their words. */
  label: string;
  /** The endpoints it calls; the first is the one a request for it goes to. */
  endpoints: readonly [Endpoint, ...Endpoint[]];
  /** RingCentral route(s), for the admin's benefit. */
  route: string;
  /** App permissions (OAuth scopes) the token must hold — all of them. */
  permissions: readonly Permission[];
  /** A user permission the token owner must also hold, where RingCentral checks one beyond a user's own data. */
  userPermission?: string;
}

/**
 * User permissions over one's own data (own call log, own recordings, the directory). RingCentral's reference
 * lists them beside those endpoints, but every user holds them, so no admin has anything to grant: a capability
 * names only the others, such as FullCompanyCallLog.
 */
const OWN_DATA_USER_PERMISSIONS: ReadonlySet<string> = new Set(['ReadCallLog', 'ReadCallRecording', 'ReadExtensions']);

function rule(label: string, endpoints: CapabilityRule['endpoints']): CapabilityRule {
  const permissions = [...new Set(endpoints.flatMap((endpoint) => endpoint.appPermissions))];
  const userPermission = endpoints
    .map((endpoint) => endpoint.userPermission)
    .find((permission) => permission !== undefined && !OWN_DATA_USER_PERMISSIONS.has(permission));
  return {
    label,
    endpoints,
    route: endpoints.map((endpoint) => `${endpoint.method} ${endpoint.template}`).join(' and '),
    permissions,
    ...(userPermission ? { userPermission } : {}),
  };
}

export const CAPABILITIES: Readonly<Record<Capability, CapabilityRule>> = {
  activeCalls: rule('your calls in progress', [ENDPOINTS.extensionActiveCalls]),
  accountActiveCalls: rule('calls in progress company-wide', [ENDPOINTS.accountActiveCalls]),
  accountCallLog: rule('the company-wide call log', [ENDPOINTS.accountCallLog]),
  extensionCallLog: rule("an extension's call log", [ENDPOINTS.extensionCallLog]),
  recordingMetadata: rule('recording details', [ENDPOINTS.recording]),
  recordingContent: rule('recording audio', [ENDPOINTS.recordingContent]),
  extensionLookup: rule('linking Slack users to extensions by email', [ENDPOINTS.extensionList, ENDPOINTS.extension]),
};

/** Where a request for `capability` goes: its first endpoint, with these parameters. */
export function routeOf(capability: Capability, params: Readonly<Record<string, string>> = {}): Route {
  return CAPABILITIES[capability].endpoints[0].route(params);
}

/** The permissions a capability lacks, given the token's granted scopes. */
export function missingPermissions(capability: Capability, granted: ReadonlySet<string>): Permission[] {
  return CAPABILITIES[capability].permissions.filter((p) => !granted.has(p));
}

/** Whether a name RingCentral sent (a 403's `permissionName`) is one of the app permissions the table knows. */
export function isPermission(name: string): name is Permission {
  return (PERMISSIONS as readonly string[]).includes(name);
}

/** The user permission the account-level call log checks of the token's owner (403 CMN-408 without it). */
export const COMPANY_CALL_LOG_PERMISSION = 'FullCompanyCallLog';

/**
 * Permissions the core does without, and what each would add; `/calllog scopes` lists them so an admin can
 * decide. Voicemail content lives in the message store, outside the endpoint table (the bot does not call it).
 */
export const OPTIONAL_PERMISSIONS: ReadonlyArray<{ permission: string; unlocks: string; route: string }> = [
  {
    permission: 'CallControl',
    unlocks: 'real-time call events, so alerts arrive within seconds instead of at the next poll',
    route: `${ENDPOINTS.createSubscription.method} ${ENDPOINTS.createSubscription.template} (event filter …/extension/{extensionId}/telephony/sessions)`,
  },
  {
    permission: 'ReadMessages',
    unlocks: 'voicemail content (the message itself, not just that a call went to voicemail)',
    route: 'GET /restapi/v1.0/account/~/extension/{extensionId}/message-store',
  },
];
