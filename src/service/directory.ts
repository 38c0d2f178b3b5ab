// The company's extensions as the service reads them: one by its short number ("ext 101"), one by its email (linking
// a Slack user), and everyone's name and number for the company-wide views. The whole listing is fetched once
// (perPage=1000, every page) and serves all of them for a while: the listing is a Medium-group request (40 a
// minute), so a company of hundreds must not spend one per person. Callers guard these with extensionLookup.
import type { RingCentralClient } from '../ringcentral/client.js';
import { ENDPOINTS } from '../ringcentral/endpoints.js';
import type { WaitListener } from '../ringcentral/pipeline.js';
import type { ExtensionInfo } from '../ringcentral/types.js';
import { TtlCache } from './ttl-cache.js';
import type { Extension, ExtensionRef } from './types.js';

/** Extension id → its name and number. */
export type Directory = ReadonlyMap<string, Omit<ExtensionRef, 'id'>>;

export interface CompanyDirectory {
  /** Every extension; `requests` is 0 when remembered. */
  everyone(onWait?: WaitListener): Promise<{ directory: Directory; requests: number }>;
  byNumber(extensionNumber: string): Promise<Extension | undefined>;
  /**
   * The person whose contact email this is, from the listing; on a miss the listing is fetched again, at most once
   * per `missRefreshMs`, so someone added a moment ago is found without a request per unknown email.
   */
  byEmail(email: string, onWait?: WaitListener): Promise<Extension | undefined>;
}

/** The listing as fetched, with its email index. */
interface Listing {
  directory: Directory;
  byEmail: ReadonlyMap<string, Extension>;
  requests: number;
  fetchedAt: number;
}

export function createCompanyDirectory(
  client: RingCentralClient,
  options: { ttlMs: number; now: () => number; missRefreshMs?: number },
): CompanyDirectory {
  const { ttlMs, now } = options;
  const missRefreshMs = options.missRefreshMs ?? 60_000;
  // One listing at a time, shared by everyone asking while it is fetched; a failed fetch is forgotten at once.
  let listing: { value: Promise<Listing>; settledAt?: number } | undefined;
  // A number nobody has yet may be given out in a minute.
  const numbers = new TtlCache<Extension | undefined>({
    ttlMs: (found) => (found ? ttlMs : Math.min(ttlMs, 60_000)),
    now,
  });
  const list = ENDPOINTS.extensionList.route();

  function fetchListing(onWait: WaitListener | undefined): Promise<Listing> {
    const value = client.getAllPages<ExtensionInfo>(list, {}, { onWait }).then(({ records, requests }) => ({
      directory: new Map(records.map((info) => [String(info.id), refOf(info)])),
      byEmail: emailIndex(records),
      requests,
      fetchedAt: now(),
    }));
    const entry: { value: Promise<Listing>; settledAt?: number } = { value };
    listing = entry;
    value.then(
      () => {
        entry.settledAt = now();
      },
      () => {
        if (listing === entry) listing = undefined;
      },
    );
    return value;
  }

  /** The remembered listing while fresh (or in flight), else a new one; `fresh` says whether this call fetched it. */
  function current(onWait: WaitListener | undefined, olderThanMs = ttlMs): { value: Promise<Listing>; fresh: boolean } {
    const entry = listing;
    if (entry && (entry.settledAt === undefined || now() - entry.settledAt < olderThanMs))
      return { value: entry.value, fresh: false };
    return { value: fetchListing(onWait), fresh: true };
  }

  return {
    async everyone(onWait) {
      const { value, fresh } = current(onWait);
      const { directory, requests } = await value;
      return { directory, requests: fresh ? requests : 0 };
    },
    async byEmail(email, onWait) {
      const wanted = email.trim().toLowerCase();
      const found = (await current(onWait).value).byEmail.get(wanted);
      if (found) return found;
      return (await current(onWait, missRefreshMs).value).byEmail.get(wanted);
    },
    async byNumber(extensionNumber) {
      const wanted = extensionNumber.trim();
      // RingCentral's short numbers are at most 8 digits (the filter's maxLength): a longer one names nobody.
      if (!/^\d{1,8}$/.test(wanted)) return undefined;
      return numbers.get(wanted, async () => {
        const { records } = await client.getAllPages<ExtensionInfo>(list, { extensionNumber: wanted });
        const match = records.find((record) => record.extensionNumber === wanted);
        return match && toExtension(match);
      }).value;
    },
  };
}

/** Email (lower case) → the person. A queue or IVR can carry its manager's email: their own enabled User wins. */
function emailIndex(records: readonly ExtensionInfo[]): Map<string, Extension> {
  const rank = (r: ExtensionInfo): number => (r.type === 'User' ? (r.status === 'Enabled' ? 0 : 1) : 2);
  const best = new Map<string, ExtensionInfo>();
  for (const record of records) {
    const email = record.contact?.email?.trim().toLowerCase();
    if (!email) continue;
    const held = best.get(email);
    if (!held || rank(record) < rank(held)) best.set(email, record);
  }
  return new Map([...best].map(([email, info]) => [email, toExtension(info)]));
}

export function toExtension(info: ExtensionInfo): Extension {
  const contactName = [info.contact?.firstName, info.contact?.lastName].filter(Boolean).join(' ');
  const extension: Extension = {
    id: String(info.id),
    extensionNumber: info.extensionNumber ?? '',
    name: info.name ?? contactName,
  };
  if (info.contact?.email) extension.email = info.contact.email;
  return extension;
}

function refOf(info: ExtensionInfo): Omit<ExtensionRef, 'id'> {
  const { name, extensionNumber } = toExtension(info);
  return { ...(name ? { name } : {}), ...(extensionNumber ? { extensionNumber } : {}) };
}
