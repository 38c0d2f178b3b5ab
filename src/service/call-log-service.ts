// The permission-guarded layer between the bot and RingCentral. Every capability checks the token's
// scopes before a request leaves, and every failure leaves as a CallLogError (never an SDK or HTTP error).
// This file is long because every capability's guard, cache and fallback belong side by side here.

import { MissingPermissionError, MissingUserPermissionError, NotFoundError, UpstreamError } from '../errors.js';
import type { RingCentralClient } from '../ringcentral/client.js';
import { ENDPOINTS, type Route } from '../ringcentral/endpoints.js';
import type { WaitListener } from '../ringcentral/pipeline.js';
import type { CallLogRecord, ExtensionInfo } from '../ringcentral/types.js';
import { ownSide, rankBreakdown, tallyExtensions } from './calls/breakdown.js';
import { buildCallWindow, type CallWindow, selectCalls } from './calls/call-window.js';
import { toCall } from './calls/to-call.js';
import { createCompanyDirectory, type Directory, toExtension } from './directory.js';
import { requireCapability } from './guard.js';
import { type OwnerPermissions, ownerPermissions } from './owner-permissions.js';
import { type Capability, missingPermissions, routeOf } from './permissions.js';
import { permissionsReportOf } from './permissions-report.js';
import { lookUpRecording, readRecording } from './recording-lookup.js';
import { toCallLogError } from './ringcentral-errors.js';
import { groupByExtension, type SharedFetch, type SharedSlice, SharedWindows } from './shared-windows.js';
import { TtlCache } from './ttl-cache.js';
import type {
  ActiveCall,
  CallLogService,
  CallsRequest,
  CallsResult,
  CompanyBreakdown,
  DelayNotice,
  PermissionsReport,
  Whose,
} from './types.js';

export interface CallLogServiceOptions {
  client: RingCentralClient;
  now?: () => number;
  /** How long a fetched window is reused (paging Prev/Next); default 30 s. */
  cacheTtlMs?: number;
  /** How long the company directory (linking, names) and extension-number lookups are reused; default 5 min. */
  directoryTtlMs?: number;
  /** The RingCentral server the client talks to, for the permissions report. */
  serverUrl?: string;
  /**
   * Serve people's own calls from one company-wide fetch when the token may read the company log (and share each
   * log's fetch between windows that differ only in where "now" falls); default true.
   */
  sharedFetch?: boolean;
}

type FetchedWindow = { window: CallWindow; requests: number; breakdown?: CompanyBreakdown };

export function createCallLogService({
  client,
  now = Date.now,
  cacheTtlMs = 30_000,
  directoryTtlMs = 300_000,
  serverUrl,
  sharedFetch = true,
}: CallLogServiceOptions): CallLogService {
  const windows = new TtlCache<FetchedWindow>({ ttlMs: cacheTtlMs, now });
  const shared = new SharedWindows({ ttlMs: cacheTtlMs, now });
  // Learnt from RingCentral's answer: a token whose owner lacks FullCompanyCallLog (CMN-408) reads one log each.
  let companyLogReadable = true;
  const directory = createCompanyDirectory(client, { ttlMs: directoryTtlMs, now });

  /** Logs in if needed, refuses without the permissions, runs `work`, and speaks only CallLogError. */
  async function guarded<T>(capability: Capability, work: () => Promise<T>): Promise<T> {
    try {
      await client.ensureLoggedIn();
      requireCapability(capability, client.grantedScopes());
      return await work();
    } catch (error) {
      throw toCallLogError(error, capability);
    }
  }

  const waitListener = (onDelay?: (notice: DelayNotice) => void): WaitListener | undefined =>
    onDelay && ((waitMs, group) => onDelay({ waitMs, group }));

  async function fetchWindow(
    request: CallsRequest,
    route: Route,
    onWait: WaitListener | undefined,
  ): Promise<FetchedWindow> {
    const { whose } = request;
    // The whole window, unfiltered: the summary describes all of it and "unreturned" needs the callbacks.
    const { records, requests } = await client.getAllPages<CallLogRecord>(
      route,
      { dateFrom: request.from.toISOString(), dateTo: request.to.toISOString(), view: 'Simple' },
      { onWait },
    );
    const window = buildCallWindow(records, {
      dedupe: whose.kind === 'account',
      extensionId: whose.kind === 'extension' ? whose.extensionId : undefined,
      timeZone: request.timeZone,
    });
    if (whose.kind !== 'account') return { window, requests };
    const unreturned = new Set(window.calls.filter((c) => c.unreturned).map((c) => c.call.sessionKey));
    const tallies = tallyExtensions(records, unreturned);
    const names = tallies.size > 0 ? await companyDirectory(onWait) : { directory: new Map(), requests: 0 };
    const breakdown = rankBreakdown(tallies, (id) => names.directory.get(id));
    return { window, requests: requests + names.requests, breakdown };
  }

  /**
   * Names and numbers of every extension, for company-wide views. Without ReadAccounts (or the user permission
   * to list extensions) the views still work, named from the call records alone.
   */
  async function companyDirectory(
    onWait: WaitListener | undefined,
  ): Promise<{ directory: Directory; requests: number }> {
    try {
      return await guarded('extensionLookup', () => directory.everyone(onWait));
    } catch (error) {
      if (error instanceof MissingPermissionError || error instanceof MissingUserPermissionError)
        return { directory: new Map(), requests: 0 };
      throw error;
    }
  }

  /** A page of a log, every page, grouped by the extension each record belongs to. */
  const fetchLog =
    (route: Route, owner?: string) =>
    async (from: Date, to: Date, onWait?: WaitListener): Promise<SharedFetch> => {
      const { records, requests } = await client.getAllPages<CallLogRecord>(
        route,
        { dateFrom: from.toISOString(), dateTo: to.toISOString(), view: 'Simple' },
        { onWait },
      );
      return { byExtension: owner === undefined ? groupByExtension(records) : new Map([[owner, records]]), requests };
    };

  /** One person's own calls, cut from a shared fetch: the company's when readable, else their own log's. */
  async function ownCalls(request: CallsRequest, extensionId: string, onWait: WaitListener | undefined) {
    const ask = { from: request.from, to: request.to, extensionId };
    let slice: SharedSlice | undefined;
    if (companyLogReadable) {
      try {
        const company = routeOf('accountCallLog', {});
        slice = await guarded('accountCallLog', () => shared.slice('account', ask, fetchLog(company), onWait));
      } catch (error) {
        // Without the app permission the person's own log answers with the error that names their own request.
        if (error instanceof MissingUserPermissionError) companyLogReadable = false;
        else if (!(error instanceof MissingPermissionError)) throw error;
      }
    }
    const own = routeOf('extensionCallLog', { extensionId });
    slice ??= await shared.slice(`extension:${extensionId}`, ask, fetchLog(own, extensionId), onWait);
    const window = buildCallWindow(slice.records, { dedupe: false, extensionId, timeZone: request.timeZone });
    const result: CallsResult = {
      calls: selectCalls(window, { filters: request.filters, phoneNumber: request.phoneNumber }),
      summary: window.summary,
      requests: slice.requests,
    };
    if (slice.asOf) result.asOf = slice.asOf;
    return result;
  }

  return {
    calls(request, onDelay) {
      const { capability, route } = scoped(request.whose, CALL_LOG);
      const { whose } = request;
      if (sharedFetch && whose.kind === 'extension')
        return guarded(capability, () => ownCalls(request, whose.extensionId, waitListener(onDelay)));
      return guarded(capability, async () => {
        const key = [
          whoseKey(request.whose),
          request.from.toISOString(),
          request.to.toISOString(),
          request.timeZone,
        ].join('|');
        const { value, hit } = windows.get(key, () => fetchWindow(request, route, waitListener(onDelay)));
        const { window, requests, breakdown } = await value;
        return {
          calls: selectCalls(window, { filters: request.filters, phoneNumber: request.phoneNumber }),
          summary: window.summary,
          requests: hit ? 0 : requests,
          ...(breakdown ? { breakdown } : {}),
        };
      });
    },

    activeCalls(whose, onDelay) {
      const { capability, route } = scoped(whose, ACTIVE_CALLS);
      return guarded(capability, async () => {
        const onWait = waitListener(onDelay);
        const { records } = await client.getAllPages<CallLogRecord>(route, { view: 'Simple' }, { onWait });
        const calls = records.map((record) => toActiveCall(record, whose));
        if (whose.kind !== 'account' || calls.length === 0) return calls;
        // Company-wide, each call says who is on it.
        const names = (await companyDirectory(onWait)).directory;
        return calls.map((call, i) => {
          const id = call.extensionId;
          if (id === undefined) return call;
          const known = names.get(id) ?? ownSide(records[i] as CallLogRecord, id);
          return { ...call, extension: { id, ...known } };
        });
      });
    },

    findRecording(lookup, whose, onDelay) {
      return guarded('recordingMetadata', () =>
        lookUpRecording(client, lookup, whose, { now: now(), onWait: waitListener(onDelay) }),
      );
    },

    recording(recordingId) {
      return guarded('recordingMetadata', () => readRecording(client, recordingId));
    },

    recordingContent(recording, options = {}) {
      return guarded('recordingContent', async () => {
        const response = await client.getMedia(recording.contentUri, {
          ...(options.range !== undefined ? { range: options.range } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        });
        if (response.status !== 200 && response.status !== 206) {
          response.body.destroy();
          throw new UpstreamError(`RingCentral answered ${response.status} for recording content`, response.status);
        }
        const length = Number(response.headers['content-length']);
        return {
          status: response.status,
          contentType: response.headers['content-type'] ?? 'application/octet-stream',
          contentLength:
            Number.isFinite(length) && response.headers['content-length'] !== undefined ? length : undefined,
          contentRange: response.headers['content-range'],
          body: response.body,
        };
      });
    },

    extensionByEmail(email) {
      // From the one company listing, not a filtered request per person.
      return guarded('extensionLookup', () => directory.byEmail(email));
    },

    extensionByNumber(extensionNumber) {
      return guarded('extensionLookup', () => directory.byNumber(extensionNumber));
    },

    async extension(extensionId) {
      try {
        return await guarded('extensionLookup', async () =>
          toExtension((await client.get<ExtensionInfo>(ENDPOINTS.extension.route({ extensionId }))).data),
        );
      } catch (error) {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      }
    },

    async permissionsReport(): Promise<PermissionsReport> {
      try {
        await client.ensureLoggedIn();
      } catch (error) {
        throw toCallLogError(error, 'extensionLookup');
      }
      // The user permissions first: that request needs no scope, and should the session be renewed on the way
      // (a revoked or expired token), the scopes read next are those of the token RingCentral issued anew.
      const userPermissions = await ownerPermissionsOrThrow();
      const granted = client.grantedScopes();
      const owner = await tokenOwner(granted);
      const token = client.tokenExpiry();
      return permissionsReportOf({
        granted,
        owner,
        userPermissions,
        ...(token ? { token } : {}),
        ...(serverUrl ? { server: serverUrl } : {}),
      });
    },
  };

  async function ownerPermissionsOrThrow(): Promise<OwnerPermissions> {
    try {
      return await ownerPermissions(client);
    } catch (error) {
      throw toCallLogError(error, 'extensionLookup');
    }
  }

  /** Who the bot acts as; without ReadAccounts (or if RingCentral says no) only the id from the token. */
  async function tokenOwner(granted: ReadonlySet<string>): Promise<PermissionsReport['owner']> {
    const fallback = { id: client.ownerId() ?? '', isAdmin: false };
    if (missingPermissions('extensionLookup', granted).length > 0) return fallback;
    try {
      const info = await guarded(
        'extensionLookup',
        async () => (await client.get<ExtensionInfo>(ENDPOINTS.extension.route({ extensionId: '~' }))).data,
      );
      const owner: PermissionsReport['owner'] = {
        id: String(info.id),
        isAdmin: info.permissions?.admin?.enabled === true,
      };
      if (info.name) owner.name = info.name;
      if (info.extensionNumber) owner.extensionNumber = info.extensionNumber;
      return owner;
    } catch (error) {
      if (error instanceof MissingPermissionError || error instanceof MissingUserPermissionError) return fallback;
      throw error;
    }
  }
}

/** A capability in its company-wide and its one-extension variant. */
type Scoped = Readonly<Record<Whose['kind'], Capability>>;
const CALL_LOG: Scoped = { account: 'accountCallLog', extension: 'extensionCallLog' };
const ACTIVE_CALLS: Scoped = { account: 'accountActiveCalls', extension: 'activeCalls' };

/** One choice gives both the capability the guard checks and the route the request goes to. */
function scoped(whose: Whose, variants: Scoped): { capability: Capability; route: Route } {
  const capability = variants[whose.kind];
  return {
    capability,
    route: routeOf(capability, whose.kind === 'extension' ? { extensionId: whose.extensionId } : {}),
  };
}

function whoseKey(whose: Whose): string {
  return whose.kind === 'account' ? 'account' : `extension:${whose.extensionId}`;
}

function toActiveCall(record: CallLogRecord, whose: Whose): ActiveCall {
  const call = toCall(record, whose.kind === 'extension' ? whose.extensionId : undefined);
  const active: ActiveCall = {
    id: call.id,
    startTime: call.startTime,
    direction: call.direction,
    otherParty: call.otherParty,
  };
  if (call.extensionId !== undefined) active.extensionId = call.extensionId;
  return active;
}
