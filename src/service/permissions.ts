// What each capability needs from RingCentral: the one place that knows it (SPEC §2, from the
// "Call Log Access Control" guide). The guard, the `scopes` report and the error messages all read this.

export const PERMISSIONS = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts'] as const;
export type Permission = (typeof PERMISSIONS)[number];

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
  /** RingCentral route, for the admin's benefit. */
  route: string;
  /** App permissions (OAuth scopes) the token must hold — all of them. */
  permissions: readonly Permission[];
  /** A user permission the token owner must also hold, where RingCentral checks one. */
  userPermission?: string;
}

export const CAPABILITIES: Readonly<Record<Capability, CapabilityRule>> = {
  activeCalls: {
    label: 'your calls in progress',
    route: 'GET /restapi/v1.0/account/~/extension/{extensionId}/active-calls',
    permissions: ['ReadCallLog'],
  },
  accountActiveCalls: {
    label: 'calls in progress company-wide',
    route: 'GET /restapi/v1.0/account/~/active-calls',
    permissions: ['ReadCallLog'],
  },
  accountCallLog: {
    label: 'the company-wide call log',
    route: 'GET /restapi/v1.0/account/~/call-log',
    permissions: ['ReadCallLog'],
    userPermission: 'FullCompanyCallLog',
  },
  extensionCallLog: {
    label: "an extension's call log",
    route: 'GET /restapi/v1.0/account/~/extension/{extensionId}/call-log',
    permissions: ['ReadCallLog'],
  },
  recordingMetadata: {
    label: 'recording details',
    route: 'GET /restapi/v1.0/account/~/recording/{recordingId}',
    permissions: ['ReadCallLog', 'ReadCallRecording'],
  },
  recordingContent: {
    label: 'recording audio',
    route: 'GET /restapi/v1.0/account/~/recording/{recordingId}/content',
    permissions: ['ReadCallRecording'],
  },
  extensionLookup: {
    label: 'linking Slack users to extensions by email',
    route: 'GET /restapi/v1.0/account/~/extension?email=… and /extension/~',
    permissions: ['ReadAccounts'],
  },
};

/** The permissions a capability lacks, given the token's granted scopes. */
export function missingPermissions(capability: Capability, granted: ReadonlySet<string>): Permission[] {
  return CAPABILITIES[capability].permissions.filter((p) => !granted.has(p));
}

/** Whether a name RingCentral sent (a 403's `permissionName`) is one of the app permissions the table knows. */
export function isPermission(name: string): name is Permission {
  return (PERMISSIONS as readonly string[]).includes(name);
}
