import { describe, expect, it } from 'vitest';
import { type CompanyExtension, demoPeople, describePerson, findPerson } from '../../../src/console/demo-people.js';
import { defined } from '../../support/defined.js';

const ext = (extensionNumber: string, firstName: string, lastName: string, isAdmin = false): CompanyExtension => ({
  extensionNumber,
  firstName,
  name: `${firstName} ${lastName}`,
  email: `${firstName}.${lastName}@acme.example`.toLowerCase(),
  isAdmin,
});
const zones = { company: 'Asia/Tokyo', elsewhere: 'Asia/Bangkok' };
const company = [
  ext('102', 'Dana', 'Ng'),
  ext('101', 'Alex', 'Stone', true),
  ext('103', 'Robin', 'Park'),
  ext('104', 'Kim', 'Lee'),
];

describe('demoPeople', () => {
  const people = demoPeople(company, zones);

  it('links the admin and two regular users to their extensions by email, and adds one unlinked person', () => {
    expect(people.map((p) => [p.name, p.extensionNumber, p.isAdmin])).toEqual([
      ['alex', '101', true],
      ['dana', '102', false],
      ['robin', '103', false],
      ['sam', undefined, false],
    ]);
    expect(people[1]?.email).toBe('dana.ng@acme.example');
    expect(company.map((e) => e.email)).not.toContain(people[3]?.email);
  });

  it('puts the admin and one user in the company zone, one elsewhere, and leaves the unlinked person without one', () => {
    expect(people.map((p) => p.tz)).toEqual(['Asia/Tokyo', 'Asia/Tokyo', 'Asia/Bangkok', undefined]);
  });

  it('gives everyone a Slack-shaped user id', () => {
    for (const p of people) expect(p.id).toMatch(/^U[A-Z0-9]{2,}$/);
  });

  it('refuses a company without an admin', () => {
    expect(() =>
      demoPeople(
        company.filter((e) => !e.isAdmin),
        zones,
      ),
    ).toThrow(/admin/);
  });
});

describe('findPerson', () => {
  const people = demoPeople(company, zones);

  it('finds people by handle, real name, id, extension or a unique prefix, ignoring case', () => {
    expect(findPerson(people, 'dana')?.id).toBe('U0DEMO2');
    expect(findPerson(people, '@Robin Park')?.id).toBe('U0DEMO3');
    expect(findPerson(people, 'u0demo1')?.name).toBe('alex');
    expect(findPerson(people, '103')?.name).toBe('robin');
    expect(findPerson(people, 'sa')?.name).toBe('sam');
  });

  it('finds nobody for an unknown or ambiguous name', () => {
    expect(findPerson(people, 'zed')).toBeUndefined();
    expect(findPerson(people, 'u0demo')).toBeUndefined();
  });
});

describe('describePerson', () => {
  it('says who someone is, their extension or that they are unlinked, and their zone', () => {
    const [alex, , , sam] = demoPeople(company, zones);
    expect(describePerson(defined(alex))).toBe('@alex (Alex Stone · ext 101 · admin · Asia/Tokyo)');
    expect(describePerson(defined(sam))).toBe('@sam (Sam Visitor · not linked to RingCentral · no time zone)');
  });
});
