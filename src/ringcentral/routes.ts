// Every RingCentral route the bot calls, each with its usage-plan group beside it (x-throttling-group in
// RingCentral's API reference), so the throttle never has to guess which budget a request spends.
// App and user permissions for the same routes live in ../service/permissions.

/** RingCentral's usage-plan groups, as the X-Rate-Limit-Group header spells them. */
export type RateGroup = 'Heavy' | 'Medium' | 'Light' | 'Auth';

export interface Route {
  path: string;
  group: RateGroup;
}

const segment = (id: string): string => encodeURIComponent(id);

export const routes = {
  /** ReadCallLog; the token owner also needs FullCompanyCallLog. */
  accountCallLog: (): Route => ({ path: '/restapi/v1.0/account/~/call-log', group: 'Heavy' }),
  /** ReadCallLog. */
  extensionCallLog: (extensionId: string): Route => ({
    path: `/restapi/v1.0/account/~/extension/${segment(extensionId)}/call-log`,
    group: 'Heavy',
  }),
  /** ReadCallLog. */
  accountActiveCalls: (): Route => ({ path: '/restapi/v1.0/account/~/active-calls', group: 'Heavy' }),
  /** ReadCallLog. */
  extensionActiveCalls: (extensionId: string): Route => ({
    path: `/restapi/v1.0/account/~/extension/${segment(extensionId)}/active-calls`,
    group: 'Heavy',
  }),
  /** ReadCallLog and ReadCallRecording. */
  recording: (recordingId: string): Route => ({
    path: `/restapi/v1.0/account/~/recording/${segment(recordingId)}`,
    group: 'Heavy',
  }),
  /** ReadCallRecording. */
  recordingContent: (recordingId: string): Route => ({
    path: `/restapi/v1.0/account/~/recording/${segment(recordingId)}/content`,
    group: 'Heavy',
  }),
  /** ReadAccounts. */
  extensionList: (): Route => ({ path: '/restapi/v1.0/account/~/extension', group: 'Medium' }),
  /** ReadAccounts; `~` is the token's owner. */
  extension: (extensionId: string): Route => ({
    path: `/restapi/v1.0/account/~/extension/${segment(extensionId)}`,
    group: 'Light',
  }),
} as const;

/** Login, refresh and revoke all spend the Auth budget. */
export const AUTH_GROUP: RateGroup = 'Auth';
