// A list button's value comes back from Slack and can be forged: it survives encode → decode unchanged, and
// any mutation of it is refused or decodes to a state a typed command could have produced. Seeded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_FILTERS } from '../../../src/query/filters.js';
import { parseCommand } from '../../../src/query/index.js';
import { MAX_DAYS } from '../../../src/query/limits.js';
import { decodeListState, encodeListState, type ListState, listStateOf } from '../../../src/query/list-state.js';

const NOW = new Date('2026-03-29T19:00:00Z');
const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati', 'Asia/Kolkata'];
const WHENS = [
  ...['today', 'yesterday', 'this week', 'last week', 'this month', 'last month', 'friday', 'sun'],
  ...['last 7 days', '366d', '72h', 'last 3 hours', '2026-03-01', '2026-02-01..2026-03-07', '2025-03-29..2026-03-29'],
];
const WHOSE = ['', 'mine', 'all', 'ext 101', 'ext 1234567890', '<@U0123ABC|bob>', '<@W99>'];
const COMPATIBLE = [[], ['missed'], ['recorded', 'inbound', 'voice'], ['answered', 'outbound', 'fax'], ['voicemail']];
const PHONES = ['', '+14155550100', '(415) 555-0100', '+44 20 7123 4567'];
const DAY_MS = 86_400_000;

// Parsing resolves a window in a time zone, which is slow next to decoding: the property draws from 400 parsed.
const parsed = fc
  .record({
    when: fc.constantFrom(...WHENS),
    whose: fc.constantFrom(...WHOSE),
    filters: fc.constantFrom(...COMPATIBLE),
    phone: fc.constantFrom(...PHONES),
    zone: fc.constantFrom(...ZONES),
  })
  .map(({ when, whose, filters, phone, zone }): ListState => {
    const query = parseCommand([when, whose, ...filters, phone].join(' '), { now: NOW, timeZone: zone });
    if (query.kind !== 'calls') throw new Error(`expected a calls query for ${when}`);
    return listStateOf(query, 0);
  });
const POOL = fc.sample(parsed, { seed: 42, numRuns: 400 });
const listState = fc
  .tuple(fc.constantFrom(...POOL), fc.integer({ min: 0, max: 1_000_000 }))
  .map(([state, page]): ListState => ({ ...state, page }));

/** What any state a click may act on satisfies: the bounds the parser puts on typed words. */
function withinBounds(state: ListState): void {
  expect(state.from).toBeLessThan(state.to);
  expect(state.to - state.from).toBeLessThanOrEqual((MAX_DAYS + 1) * DAY_MS);
  expect(state.filters.every((f) => CALL_FILTERS.includes(f))).toBe(true);
  expect(Number.isSafeInteger(state.page) && state.page >= 0).toBe(true);
  expect(() => encodeListState(state)).not.toThrow();
}

describe('a call list button value', () => {
  it('survives encode → decode unchanged', () => {
    fc.assert(
      fc.property(listState, (state) => {
        expect(decodeListState(encodeListState(state))).toEqual(state);
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('mutated anywhere — a character, a field, or the whole value — is refused or bounded', () => {
    const field = fc.constantFrom('when', 'from', 'to', 'tz', 'filters', 'phone', 'audience', 'page', '__proto__');
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('char' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant('field' as const), field, value: fc.jsonValue({ maxDepth: 2 }) }),
      fc.record({ kind: fc.constant('window' as const), from: fc.integer(), to: fc.integer() }),
      fc.record({ kind: fc.constant('whole' as const), value: fc.string({ maxLength: 2100 }) }),
    );
    let refused = 0;
    fc.assert(
      fc.property(listState, mutation, (state, change) => {
        const encoded = encodeListState(state);
        let value: string;
        if (change.kind === 'char') {
          const at = change.at % encoded.length;
          value = encoded.slice(0, at) + change.char + encoded.slice(at + 1);
        } else if (change.kind === 'field') {
          value = JSON.stringify({ ...JSON.parse(encoded), [change.field]: change.value });
        } else if (change.kind === 'window') {
          value = JSON.stringify({ ...state, from: change.from, to: change.to });
        } else value = change.value;
        const decoded = decodeListState(value);
        if (decoded === undefined) refused++;
        else withinBounds(decoded);
      }),
      { seed: 42, numRuns: 10_000 },
    );
    expect(refused).toBeGreaterThan(5_000);
  });

  it('from 1970 to now is refused', () => {
    const state = POOL[0] as ListState;
    expect(decodeListState(JSON.stringify({ ...state, from: 0, to: NOW.getTime() }))).toBeUndefined();
  });
});
