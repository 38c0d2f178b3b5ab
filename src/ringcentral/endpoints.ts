// Every RingCentral endpoint the bot calls or is about to, with the facts RingCentral's API reference states
// beside it (x-throttling-group, x-app-permission, x-user-permission). The throttle reads the group from here,
// the service's guard and permission report read the permissions, and the README's permission table is checked
// against it. The sandbox keeps its own copy on purpose: it is an independent check of the same facts.

/** RingCentral's usage-plan groups, as the X-Rate-Limit-Group header spells them. */
export type RateGroup = 'Heavy' | 'Medium' | 'Light' | 'Auth';

export type HttpMethod = 'GET' | 'POST';

/** The app permissions (OAuth scopes) any endpoint here asks for. */
export const APP_PERMISSIONS = ['ReadCallLog', 'ReadCallRecording', 'ReadAccounts', 'CallControl'] as const;
export type AppPermission = (typeof APP_PERMISSIONS)[number];

/** What an endpoint is, whatever its parameters. */
export interface Endpoint {
  readonly name: string;
  /** RingCentral's operationId for it. */
  readonly operation: string;
  readonly method: HttpMethod;
  /** The path as RingCentral's reference spells it, with `~` (the token's own account) for `{accountId}`. */
  readonly template: string;
  readonly group: RateGroup;
  /** App permissions the token must hold, all of them, before the bot sends the request. */
  readonly appPermissions: readonly AppPermission[];
  /** The user permission the reference lists for the token's owner, if any. */
  readonly userPermission?: string;
  /** This endpoint with its parameters filled in (URI-encoded); throws on a missing or unknown parameter. */
  route(params?: Readonly<Record<string, string>>): Route;
}

/** One concrete request target: an endpoint and the path it resolved to. */
export interface Route {
  readonly endpoint: Endpoint;
  readonly path: string;
}

type ParamNames<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;
type RouteArgs<T extends string> = [ParamNames<T>] extends [never]
  ? []
  : [params: Readonly<Record<ParamNames<T>, string>>];

/** An endpoint whose `route` names exactly the parameters its template has. */
export interface EndpointOf<T extends string> extends Endpoint {
  readonly template: T;
  route(...args: RouteArgs<T>): Route;
}

interface Facts<T extends string> {
  operation: string;
  method: HttpMethod;
  template: T;
  group: RateGroup;
  appPermissions: readonly AppPermission[];
  userPermission?: string;
}

const PARAMETER = /\{(\w+)\}/g;

function endpoint<const T extends string>(name: string, facts: Facts<T>): EndpointOf<T> {
  const names = [...facts.template.matchAll(PARAMETER)].map((match) => match[1] as string);
  const self: EndpointOf<T> = {
    name,
    ...facts,
    route(...args: RouteArgs<T>): Route {
      const params: Readonly<Record<string, string>> = args[0] ?? {};
      const unknown = Object.keys(params).filter((key) => !names.includes(key));
      if (unknown.length > 0) throw new Error(`${name} has no parameter ${unknown.join(', ')}`);
      const path = facts.template.replace(PARAMETER, (_, param: string) => {
        const value = params[param];
        if (value === undefined) throw new Error(`${name} needs ${param}`);
        return encodeURIComponent(value);
      });
      return { endpoint: self, path };
    },
  };
  return self;
}

const ACCOUNT = '/restapi/v1.0/account/~';
const EXTENSION = `${ACCOUNT}/extension/{extensionId}`;

export const ENDPOINTS = {
  /** JWT login and refresh. */
  token: endpoint('token', {
    operation: 'getToken',
    method: 'POST',
    template: '/restapi/oauth/token',
    group: 'Auth',
    appPermissions: [],
  }),
  /** Logout. */
  revokeToken: endpoint('revokeToken', {
    operation: 'revokeToken',
    method: 'POST',
    template: '/restapi/oauth/revoke',
    group: 'Auth',
    appPermissions: [],
  }),
  accountCallLog: endpoint('accountCallLog', {
    operation: 'readCompanyCallLog',
    method: 'GET',
    template: `${ACCOUNT}/call-log`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'FullCompanyCallLog',
  }),
  /** Up to 50 comma-separated ids. */
  accountCallRecord: endpoint('accountCallRecord', {
    operation: 'readCompanyCallRecord',
    method: 'GET',
    template: `${ACCOUNT}/call-log/{callRecordId}`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'FullCompanyCallLog',
  }),
  /** syncType=FSync, then ISync with the syncToken it returned. */
  accountCallLogSync: endpoint('accountCallLogSync', {
    operation: 'syncAccountCallLog',
    method: 'GET',
    template: `${ACCOUNT}/call-log-sync`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'ReadCallLog',
  }),
  extensionCallLog: endpoint('extensionCallLog', {
    operation: 'readUserCallLog',
    method: 'GET',
    template: `${EXTENSION}/call-log`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'ReadCallLog',
  }),
  /** Up to 50 comma-separated ids. */
  extensionCallRecord: endpoint('extensionCallRecord', {
    operation: 'readUserCallRecord',
    method: 'GET',
    template: `${EXTENSION}/call-log/{callRecordId}`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'ReadCallLog',
  }),
  extensionCallLogSync: endpoint('extensionCallLogSync', {
    operation: 'syncUserCallLog',
    method: 'GET',
    template: `${EXTENSION}/call-log-sync`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'ReadCallLog',
  }),
  accountActiveCalls: endpoint('accountActiveCalls', {
    operation: 'listCompanyActiveCalls',
    method: 'GET',
    template: `${ACCOUNT}/active-calls`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'ReadCallLog',
  }),
  extensionActiveCalls: endpoint('extensionActiveCalls', {
    operation: 'listExtensionActiveCalls',
    method: 'GET',
    template: `${EXTENSION}/active-calls`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog'],
    userPermission: 'ReadCallLog',
  }),
  /**
   * The reference lists ReadCallRecording alone; RingCentral's "Call Log Access Control" guide says recording
   * metadata needs ReadCallLog as well, and the guard follows the guide.
   */
  recording: endpoint('recording', {
    operation: 'readCallRecording',
    method: 'GET',
    template: `${ACCOUNT}/recording/{recordingId}`,
    group: 'Heavy',
    appPermissions: ['ReadCallLog', 'ReadCallRecording'],
    userPermission: 'ReadCallRecording',
  }),
  /** Served by the media host: always fetch the record's contentUri rather than building this path. */
  recordingContent: endpoint('recordingContent', {
    operation: 'readCallRecordingContent',
    method: 'GET',
    template: `${ACCOUNT}/recording/{recordingId}/content`,
    group: 'Heavy',
    appPermissions: ['ReadCallRecording'],
  }),
  /** `email` filters; `perPage` up to 1000. */
  extensionList: endpoint('extensionList', {
    operation: 'listExtensions',
    method: 'GET',
    template: `${ACCOUNT}/extension`,
    group: 'Medium',
    appPermissions: ['ReadAccounts'],
    userPermission: 'ReadExtensions',
  }),
  /** `~` is the token's owner. */
  extension: endpoint('extension', {
    operation: 'readExtension',
    method: 'GET',
    template: EXTENSION,
    group: 'Light',
    appPermissions: ['ReadAccounts'],
    userPermission: 'ReadExtensions',
  }),
  /** The owner's user permissions (is FullCompanyCallLog among them?). The reference lists no permission. */
  authzProfile: endpoint('authzProfile', {
    operation: 'readAuthorizationProfile',
    method: 'GET',
    template: `${EXTENSION}/authz-profile`,
    group: 'Medium',
    appPermissions: [],
  }),
  /**
   * WebHook subscriptions. The reference states no app permission for the subscription itself: what one needs
   * follows from its event filters. The bot's filter, …/extension/{id}/telephony/sessions, is documented beside
   * readCallSessionStatus, whose app permission is CallControl, so the guard asks for that.
   */
  createSubscription: endpoint('createSubscription', {
    operation: 'createSubscription',
    method: 'POST',
    template: '/restapi/v1.0/subscription',
    group: 'Medium',
    appPermissions: ['CallControl'],
  }),
} as const;

export type EndpointName = keyof typeof ENDPOINTS;
