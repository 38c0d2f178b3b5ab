// The synthetic company's people and the outside numbers that call it.
import { AREA_CODES, CALLER_NAMES, COMPANY_AREA_CODES, FIRST_NAMES, LAST_NAMES } from './names.js';
import type { Random } from './random.js';
import type { SandboxExtension } from './types.js';

export const EMAIL_DOMAIN = 'acme-sandbox.example';

export interface ExternalParty {
  phoneNumber: string;
  name?: string;
  location: string;
}

/** `count` users; the first is extension 101, the only admin. */
export function generateExtensions(rng: Random, count: number): SandboxExtension[] {
  const firstNames = shuffled(rng, FIRST_NAMES);
  const lastNames = shuffled(rng, LAST_NAMES);
  const idBase = rng.int(60_000_000, 69_999_999) * 10;
  const emails = new Set<string>();
  const extensions: SandboxExtension[] = [];
  for (let i = 0; i < count; i++) {
    const firstName = firstNames[i % firstNames.length] as string;
    // Past one full pass of the lists, shift the pairing so names stay distinct.
    const lastName = lastNames[(i + Math.floor(i / lastNames.length)) % lastNames.length] as string;
    const local = `${firstName}.${lastName}`.toLowerCase();
    let email = `${local}@${EMAIL_DOMAIN}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${EMAIL_DOMAIN}`;
    emails.add(email);
    const areaCode = COMPANY_AREA_CODES[Math.floor(i / 100) % COMPANY_AREA_CODES.length] as string;
    extensions.push({
      id: String(idBase + i * 1013),
      extensionNumber: String(101 + i),
      name: `${firstName} ${lastName}`,
      firstName,
      lastName,
      email,
      isAdmin: i === 0,
      type: 'User',
      phoneNumber: `+1${areaCode}55501${String(i % 100).padStart(2, '0')}`,
    });
  }
  return extensions;
}

/** Repeat callers: the same people call again, get called back, or don't (that is what "unreturned" needs). */
export function generateRegulars(rng: Random, count: number): ExternalParty[] {
  const seen = new Set<string>();
  const regulars: ExternalParty[] = [];
  while (regulars.length < count) {
    const party = oneOffCaller(rng);
    if (seen.has(party.phoneNumber)) continue;
    seen.add(party.phoneNumber);
    regulars.push(rng.chance(0.6) ? { ...party, name: rng.pick(CALLER_NAMES) } : party);
  }
  return regulars;
}

/** Someone who calls once: a number and a location, no caller-ID name. */
export function oneOffCaller(rng: Random): ExternalParty {
  const area = rng.pick(AREA_CODES);
  return { phoneNumber: `+1${area.code}55501${String(rng.int(0, 99)).padStart(2, '0')}`, location: area.location };
}

function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
