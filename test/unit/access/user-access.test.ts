import { describe, expect, it, vi } from 'vitest';
import type { SlackProfile } from '../../../src/access/slack-profiles.js';
import { createUserAccess, type UserAccessDeps } from '../../../src/access/user-access.js';
import type { Extension } from '../../../src/service/types.js';

const alice: Extension = { id: '1001', extensionNumber: '101', name: 'Alice Example', email: 'alice@example.com' };

function setup(profiles: Record<string, SlackProfile>, overrides: Partial<UserAccessDeps> = {}) {
  let clock = 0;
  const deps = {
    profiles: vi.fn(async (userId: string) => profiles[userId]),
    extensionByEmail: vi.fn(async (email: string) => (email.toLowerCase() === 'alice@example.com' ? alice : undefined)),
    admins: new Set(['UADMIN']),
    defaultTimeZone: 'Europe/Berlin',
    now: () => clock,
    ...overrides,
  };
  return { access: createUserAccess(deps), deps, advance: (ms: number) => (clock += ms) };
}

describe('linking a Slack user to an extension', () => {
  it('links by the Slack profile email, ignoring its case', async () => {
    const { access, deps } = setup({ UALICE: { userId: 'UALICE', email: 'Alice@Example.COM' } });
    expect(await access.link('UALICE')).toEqual({ kind: 'linked', extension: alice, email: 'Alice@Example.COM' });
    expect(deps.extensionByEmail).toHaveBeenCalledWith('alice@example.com');
  });

  it('reports the email it tried when no extension has it', async () => {
    const { access } = setup({ UBOB: { userId: 'UBOB', email: 'bob@elsewhere.org' } });
    expect(await access.link('UBOB')).toEqual({ kind: 'unlinked', email: 'bob@elsewhere.org' });
  });

  it('is unlinked without an email, and asks RingCentral nothing', async () => {
    const { access, deps } = setup({ UNOMAIL: { userId: 'UNOMAIL' } });
    expect(await access.link('UNOMAIL')).toEqual({ kind: 'unlinked' });
    expect(await access.link('UNKNOWN')).toEqual({ kind: 'unlinked' });
    expect(deps.extensionByEmail).not.toHaveBeenCalled();
  });

  it('asks Slack and RingCentral once for repeated and concurrent lookups within the cache lifetime', async () => {
    const { access, deps, advance } = setup({ UALICE: { userId: 'UALICE', email: 'alice@example.com' } });
    await Promise.all([access.link('UALICE'), access.link('UALICE'), access.timeZone('UALICE')]);
    advance(9 * 60 * 1000);
    await access.link('UALICE');
    expect(deps.profiles).toHaveBeenCalledTimes(1);
    expect(deps.extensionByEmail).toHaveBeenCalledTimes(1);
    advance(2 * 60 * 1000);
    await access.link('UALICE');
    expect(deps.profiles).toHaveBeenCalledTimes(2);
    expect(deps.extensionByEmail).toHaveBeenCalledTimes(2);
  });

  it('keeps a miss for a shorter time, so a fixed email links soon', async () => {
    const known = new Map<string, Extension>();
    const { access, advance } = setup(
      { UBOB: { userId: 'UBOB', email: 'bob@example.com' } },
      { extensionByEmail: async (email) => known.get(email) },
    );
    expect((await access.link('UBOB')).kind).toBe('unlinked');
    known.set('bob@example.com', { ...alice, id: '1002', email: 'bob@example.com' });
    advance(30 * 1000);
    expect((await access.link('UBOB')).kind).toBe('unlinked');
    advance(31 * 1000);
    expect((await access.link('UBOB')).kind).toBe('linked');
  });

  it('does not remember a failure: the next request asks again', async () => {
    const extensionByEmail = vi.fn().mockRejectedValueOnce(new Error('RingCentral down')).mockResolvedValue(alice);
    const { access } = setup({ UALICE: { userId: 'UALICE', email: 'alice@example.com' } }, { extensionByEmail });
    await expect(access.link('UALICE')).rejects.toThrow('RingCentral down');
    expect((await access.link('UALICE')).kind).toBe('linked');
  });
});

describe("a user's time zone", () => {
  it("is the Slack profile's zone when it has one", async () => {
    const { access } = setup({ ULA: { userId: 'ULA', timeZone: 'America/Los_Angeles' } });
    expect(await access.timeZone('ULA')).toEqual({ timeZone: 'America/Los_Angeles', source: 'slack' });
  });

  it('falls back to DEFAULT_TIMEZONE, for a missing or unusable zone', async () => {
    const { access } = setup({ UNONE: { userId: 'UNONE' }, UODD: { userId: 'UODD', timeZone: 'Mars/Base' } });
    expect(await access.timeZone('UNONE')).toEqual({ timeZone: 'Europe/Berlin', source: 'default' });
    expect(await access.timeZone('UODD')).toEqual({ timeZone: 'Europe/Berlin', source: 'default' });
  });

  it('falls back to UTC when there is no default either', async () => {
    const { access } = setup({ UNONE: { userId: 'UNONE' } }, { defaultTimeZone: undefined });
    expect(await access.timeZone('UNONE')).toEqual({ timeZone: 'UTC', source: 'utc' });
  });
});

describe('admin rights', () => {
  it('belong exactly to the users in CALLLOG_ADMINS', () => {
    const { access } = setup({});
    expect(access.isAdmin('UADMIN')).toBe(true);
    expect(access.isAdmin('UALICE')).toBe(false);
  });
});
