// The people in the demo workspace: Slack users linked by email to extensions of the sandbox's company, plus one
// person RingCentral does not know, so every path (admin, regular user, unlinked) can be tried.
import type { SlackUser } from '../local-slack/index.js';

/** The parts of a sandbox extension the demo needs. */
export interface CompanyExtension {
  extensionNumber: string;
  name: string;
  firstName: string;
  email: string;
  isAdmin: boolean;
}

export interface DemoPerson extends SlackUser {
  /** The extension the email links to; absent for the unlinked person. */
  extensionNumber?: string;
  isAdmin: boolean;
}

/** The admin's Slack id, known before the sandbox starts so the bot can be configured with it. */
export const DEMO_ADMIN_ID = 'U0DEMO1';

export interface DemoZones {
  /** Where the company works; the admin and the first user live there. */
  company: string;
  /** A second zone, so "today" visibly depends on who asks. */
  elsewhere: string;
}

export function demoPeople(extensions: readonly CompanyExtension[], zones: DemoZones): DemoPerson[] {
  const admin = extensions.find((e) => e.isAdmin);
  const [first, second] = extensions.filter((e) => !e.isAdmin);
  if (!admin || !first || !second)
    throw new Error('The sandbox company needs an admin and at least two other users for the demo');
  const person = (id: string, e: CompanyExtension, tz: string, isAdmin: boolean): DemoPerson => ({
    id,
    name: e.firstName.toLowerCase(),
    realName: e.name,
    email: e.email,
    tz,
    extensionNumber: e.extensionNumber,
    isAdmin,
  });
  return [
    person(DEMO_ADMIN_ID, admin, zones.company, true),
    person('U0DEMO2', first, zones.company, false),
    person('U0DEMO3', second, zones.elsewhere, false),
    // Unknown to RingCentral, and without a Slack time zone: the bot's fallbacks show.
    { id: 'U0DEMO9', name: 'sam', realName: 'Sam Visitor', email: 'sam@visitor.example', isAdmin: false },
  ];
}

/** Finds a person by Slack id, handle or name, ignoring case; a unique prefix is enough. */
export function findPerson(people: readonly DemoPerson[], query: string): DemoPerson | undefined {
  const q = query.trim().replace(/^@/, '').toLowerCase();
  const keys = (p: DemoPerson) => [
    p.id.toLowerCase(),
    p.name,
    p.realName.toLowerCase(),
    p.extensionNumber ? `ext ${p.extensionNumber}` : '',
  ];
  const exact = people.find((p) => keys(p).includes(q) || p.extensionNumber === q);
  if (exact) return exact;
  const byPrefix = people.filter((p) => keys(p).some((k) => k?.startsWith(q)));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

/** "@dana (Dana Ng · ext 102 · America/Chicago)" */
export function describePerson(p: DemoPerson): string {
  const facts = [
    p.realName,
    p.extensionNumber ? `ext ${p.extensionNumber}` : 'not linked to RingCentral',
    p.isAdmin ? 'admin' : '',
    p.tz ?? 'no time zone',
  ];
  return `@${p.name} (${facts.filter(Boolean).join(' · ')})`;
}
