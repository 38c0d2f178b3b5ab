// The company's extensions as the service reads them: one by its short number ("ext 101"), and everyone's name and
// number for the company-wide views. Both are remembered for a while: people rarely change extensions, and the
// directory listing is a Medium-group request. Callers guard these with the extensionLookup capability.
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
}

export function createCompanyDirectory(
  client: RingCentralClient,
  options: { ttlMs: number; now: () => number },
): CompanyDirectory {
  const { ttlMs, now } = options;
  const everyone = new TtlCache<{ directory: Directory; requests: number }>({ ttlMs, now });
  // A number nobody has yet may be given out in a minute.
  const numbers = new TtlCache<Extension | undefined>({
    ttlMs: (found) => (found ? ttlMs : Math.min(ttlMs, 60_000)),
    now,
  });
  const list = ENDPOINTS.extensionList.route();
  return {
    async everyone(onWait) {
      const { value, hit } = everyone.get('account', async () => {
        const { records, requests } = await client.getAllPages<ExtensionInfo>(list, {}, { onWait });
        return { directory: new Map(records.map((info) => [String(info.id), refOf(info)])), requests };
      });
      const { directory, requests } = await value;
      return { directory, requests: hit ? 0 : requests };
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
