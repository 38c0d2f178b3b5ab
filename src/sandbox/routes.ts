// Which RingCentral endpoint a request is for, and the facts RingCentral documents beside each one
// (usage-plan group, app permissions), the way its API reference lists them.
import type { RateGroup, SandboxRoute } from './types.js';

export interface MatchedRoute {
  route: SandboxRoute;
  /** Path parameters: accountId, extensionId, recordingId, callRecordId. */
  params: Record<string, string>;
}

interface RouteRule {
  method: 'GET' | 'POST';
  pattern: RegExp;
  route: SandboxRoute;
  names: string[];
}

const SEGMENT = '([^/]+)';
const ACCOUNT = `^/restapi/v1\\.0/account/${SEGMENT}`;

const RULES: RouteRule[] = [
  { method: 'POST', pattern: /^\/restapi\/oauth\/token$/, route: 'token', names: [] },
  { method: 'POST', pattern: /^\/restapi\/oauth\/revoke$/, route: 'revoke', names: [] },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/call-log$`), route: 'accountCallLog', names: ['accountId'] },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/call-log/${SEGMENT}$`),
    route: 'accountCallRecord',
    names: ['accountId', 'callRecordId'],
  },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/active-calls$`), route: 'accountActiveCalls', names: ['accountId'] },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/extension/${SEGMENT}/call-log$`),
    route: 'extensionCallLog',
    names: ['accountId', 'extensionId'],
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/extension/${SEGMENT}/call-log/${SEGMENT}$`),
    route: 'extensionCallRecord',
    names: ['accountId', 'extensionId', 'callRecordId'],
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/extension/${SEGMENT}/active-calls$`),
    route: 'extensionActiveCalls',
    names: ['accountId', 'extensionId'],
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/recording/${SEGMENT}/content$`),
    route: 'recordingContent',
    names: ['accountId', 'recordingId'],
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/recording/${SEGMENT}$`),
    route: 'recording',
    names: ['accountId', 'recordingId'],
  },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/extension$`), route: 'extensionList', names: ['accountId'] },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/extension/${SEGMENT}/authz-profile$`),
    route: 'authzProfile',
    names: ['accountId', 'extensionId'],
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ACCOUNT}/extension/${SEGMENT}$`),
    route: 'extensionInfo',
    names: ['accountId', 'extensionId'],
  },
];

export function matchRoute(method: string, pathname: string): MatchedRoute | undefined {
  for (const rule of RULES) {
    if (rule.method !== method) continue;
    const match = rule.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [i, name] of rule.names.entries()) params[name] = safeDecode(match[i + 1] ?? '');
    return { route: rule.route, params };
  }
  return undefined;
}

/** x-throttling-group of each operation in the API reference. */
export const RATE_GROUP: Readonly<Record<SandboxRoute, RateGroup>> = {
  token: 'Auth',
  revoke: 'Auth',
  accountCallLog: 'Heavy',
  extensionCallLog: 'Heavy',
  accountCallRecord: 'Heavy',
  extensionCallRecord: 'Heavy',
  accountActiveCalls: 'Heavy',
  extensionActiveCalls: 'Heavy',
  recording: 'Heavy',
  recordingContent: 'Heavy',
  extensionList: 'Medium',
  extensionInfo: 'Light',
  authzProfile: 'Medium',
};

/** App permissions (scopes) each API route needs, all of them, checked in this order, as RingCentral's API reference lists them. */
export const APP_PERMISSIONS: Readonly<Record<Exclude<SandboxRoute, 'token' | 'revoke'>, readonly string[]>> = {
  accountCallLog: ['ReadCallLog'],
  extensionCallLog: ['ReadCallLog'],
  accountCallRecord: ['ReadCallLog'],
  extensionCallRecord: ['ReadCallLog'],
  accountActiveCalls: ['ReadCallLog'],
  extensionActiveCalls: ['ReadCallLog'],
  recording: ['ReadCallLog', 'ReadCallRecording'],
  recordingContent: ['ReadCallRecording'],
  extensionList: ['ReadAccounts'],
  extensionInfo: ['ReadAccounts'],
  // readAuthorizationProfile states no app permission.
  authzProfile: [],
};

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
