import { describe, expect, it } from 'vitest';
import { afternoonZone, minutesIntoDay } from '../../../src/console/demo-time-zone.js';

describe('afternoonZone', () => {
  it('picks a zone where it is between 15:00 and 17:00 at any moment of the day', () => {
    const start = Date.UTC(2026, 2, 29, 0, 0); // a DST change day in Europe
    for (let minutes = 0; minutes < 24 * 60; minutes += 20) {
      const now = new Date(start + minutes * 60_000);
      const local = minutesIntoDay(now, afternoonZone(now));
      expect(local, now.toISOString()).toBeGreaterThanOrEqual(15 * 60);
      expect(local, now.toISOString()).toBeLessThanOrEqual(17 * 60);
    }
  });

  it('prefers the first listed zone when it already fits', () => {
    // 21:00 UTC in January is 16:00 in New York.
    expect(afternoonZone(new Date(Date.UTC(2026, 0, 15, 21, 0)))).toBe('America/New_York');
  });
});

describe('minutesIntoDay', () => {
  it('reads the wall clock in the given zone', () => {
    expect(minutesIntoDay(new Date(Date.UTC(2026, 6, 1, 12, 30)), 'Europe/Paris')).toBe(14 * 60 + 30);
  });
});
