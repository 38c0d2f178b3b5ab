import { describe, expect, it } from 'vitest';
import { usersMethods, zoneOffsetSeconds } from '../../../src/local-slack/users.js';

describe('users.info', () => {
  const info = usersMethods(
    new Map([
      ['UANN', { id: 'UANN', name: 'ann', realName: 'Ann Example', email: 'ann@example.com', tz: 'Asia/Kolkata' }],
      ['UBO', { id: 'UBO', name: 'bo', realName: 'Bo' }],
    ]),
  )['users.info'];

  it('describes a user as Slack does: zone with its offset, email in the profile', () => {
    expect(info?.({ user: 'UANN' })).toEqual({
      ok: true,
      user: {
        id: 'UANN',
        team_id: 'T0EMULATED',
        name: 'ann',
        deleted: false,
        real_name: 'Ann Example',
        is_bot: false,
        tz: 'Asia/Kolkata',
        tz_label: 'Asia/Kolkata',
        tz_offset: 19_800,
        profile: { real_name: 'Ann Example', display_name: 'ann', email: 'ann@example.com' },
      },
    });
  });

  it('leaves out tz and email for a user who has neither, and answers user_not_found for a stranger', () => {
    const bo = info?.({ user: 'UBO' }).user as Record<string, unknown>;
    expect(bo).not.toHaveProperty('tz');
    expect(bo).not.toHaveProperty('tz_offset');
    expect(bo.profile).toEqual({ real_name: 'Bo', display_name: 'bo' });
    expect(info?.({ user: 'UNOBODY' })).toEqual({ ok: false, error: 'user_not_found' });
    expect(info?.({})).toEqual({ ok: false, error: 'user_not_found' });
  });
});

describe('tz_offset', () => {
  it('follows daylight saving time, west of UTC negative', () => {
    expect(zoneOffsetSeconds('America/Los_Angeles', new Date('2026-01-15T12:00:00Z'))).toBe(-8 * 3600);
    expect(zoneOffsetSeconds('America/Los_Angeles', new Date('2026-07-15T12:00:00Z'))).toBe(-7 * 3600);
    expect(zoneOffsetSeconds('Asia/Kathmandu', new Date('2026-07-15T12:00:00Z'))).toBe(5 * 3600 + 45 * 60);
    expect(zoneOffsetSeconds('UTC', new Date('2026-07-15T12:00:00Z'))).toBe(0);
  });
});
