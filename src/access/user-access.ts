// Who a Slack user is on the RingCentral side: linked by email to an extension, in which time zone
// their days begin and end, and whether they have admin rights. Answers are cached; a miss for a shorter time,
// so a user whose email is fixed in RingCentral is linked within a minute.
import { isValidTimeZone } from '../query/time-zone.js';
import { TtlCache } from '../service/ttl-cache.js';
import type { Extension } from '../service/types.js';
import type { SlackProfile } from './slack-profiles.js';

export type UserLink =
  | { kind: 'linked'; extension: Extension; email: string }
  /** `email` is what was looked up; absent when Slack gave none (no users:read.email, or a bot). */
  | { kind: 'unlinked'; email?: string };

/** Where the zone came from: the user's Slack profile, DEFAULT_TIMEZONE, or the last resort. */
export type TimeZoneSource = 'slack' | 'default' | 'utc';

export interface UserTimeZone {
  timeZone: string;
  source: TimeZoneSource;
}

export interface UserAccess {
  link(userId: string): Promise<UserLink>;
  timeZone(userId: string): Promise<UserTimeZone>;
  isAdmin(userId: string): boolean;
  /** The Slack user ids in CALLLOG_ADMINS, for telling a member whom to ask. */
  admins(): readonly string[];
}

export interface UserAccessDeps {
  profiles: (userId: string) => Promise<SlackProfile | undefined>;
  extensionByEmail: (email: string) => Promise<Extension | undefined>;
  admins: ReadonlySet<string>;
  defaultTimeZone?: string;
  now?: () => number;
  /** How long a found profile or extension is trusted. */
  ttlMs?: number;
  /** How long "not found" is trusted. */
  missTtlMs?: number;
}

const TEN_MINUTES = 10 * 60 * 1000;
const ONE_MINUTE = 60 * 1000;

export function createUserAccess(deps: UserAccessDeps): UserAccess {
  const ttl = deps.ttlMs ?? TEN_MINUTES;
  const missTtl = deps.missTtlMs ?? ONE_MINUTE;
  const ttlMs = (found: unknown): number => (found === undefined ? missTtl : ttl);
  const clock = deps.now ? { now: deps.now } : {};
  const profiles = new TtlCache<SlackProfile | undefined>({ ttlMs, ...clock });
  const extensions = new TtlCache<Extension | undefined>({ ttlMs, ...clock });
  const profile = (userId: string) => profiles.get(userId, () => deps.profiles(userId)).value;
  // Emails are case-insensitive, so one cache entry serves every spelling.
  const extensionFor = (email: string) => extensions.get(email, () => deps.extensionByEmail(email)).value;
  const fallbackZone: UserTimeZone =
    deps.defaultTimeZone && isValidTimeZone(deps.defaultTimeZone)
      ? { timeZone: deps.defaultTimeZone, source: 'default' }
      : { timeZone: 'UTC', source: 'utc' };

  return {
    async link(userId) {
      const email = (await profile(userId))?.email;
      if (!email) return { kind: 'unlinked' };
      const extension = await extensionFor(email.toLowerCase());
      return extension ? { kind: 'linked', extension, email } : { kind: 'unlinked', email };
    },
    async timeZone(userId) {
      const zone = (await profile(userId))?.timeZone;
      return zone && isValidTimeZone(zone) ? { timeZone: zone, source: 'slack' } : fallbackZone;
    },
    isAdmin: (userId) => deps.admins.has(userId),
    admins: () => [...deps.admins],
  };
}
