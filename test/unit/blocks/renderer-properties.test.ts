// Whatever RingCentral answers — any names, numbers, results, counts and pages — the call list and the shared
// summary stay within Block Kit's limits. Seeded; the messages are checked by the independent checker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCallList } from '../../../src/blocks/call-list.js';
import { renderSharedSummary } from '../../../src/blocks/shared-summary.js';
import type { Call } from '../../../src/service/types.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { makeResult, pageState, TODAY } from './factories.js';

const hostile = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '*bold*',
    '_x_',
    '`tick`',
    '<!channel>',
    '<@U1>',
    '&amp;',
    '>quote',
    '~s~',
    '\n\n\n',
    '🙂'.repeat(200),
    '*'.repeat(3001),
  ),
);

const call: fc.Arbitrary<Call> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 40 }),
    sessionKey: fc.string({ minLength: 1, maxLength: 40 }),
    startTime: fc.date({ min: TODAY.from, max: TODAY.to, noInvalidDate: true }),
    durationSec: fc.integer({ min: 0, max: 10 * 86_400 }),
    direction: fc.constantFrom('Inbound' as const, 'Outbound' as const),
    type: fc.constantFrom('Voice' as const, 'Fax' as const),
    result: hostile,
    outcome: fc.constantFrom('answered' as const, 'missed' as const, 'voicemail' as const, 'other' as const),
    otherParty: fc.record(
      { name: hostile, phoneNumber: hostile, extensionNumber: fc.string({ maxLength: 12 }) },
      { requiredKeys: [] },
    ),
    recordingId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  },
  {
    requiredKeys: [
      'id',
      'sessionKey',
      'startTime',
      'durationSec',
      'direction',
      'type',
      'result',
      'outcome',
      'otherParty',
    ],
  },
);

const listInput = fc.record({
  calls: fc.array(call, { maxLength: 16 }),
  total: fc.integer({ min: 0, max: 1_000_000 }),
  page: fc.integer({ min: 0, max: 1_000_000 }),
  whose: hostile,
  phone: fc.option(fc.stringMatching(/^[1-9]\d{6,14}$/), { nil: undefined }),
});

describe('renderers, for any result', () => {
  it('the call list stays within Block Kit limits', () => {
    fc.assert(
      fc.property(listInput, ({ calls, total, page, whose, phone }) => {
        const message = renderCallList({
          result: makeResult(calls, { total }),
          window: TODAY,
          state: { ...pageState(page), ...(phone ? { phone } : {}) },
          filters: [],
          ...(phone ? { phoneNumber: phone } : {}),
          whose,
        });
        expect(blockKitViolations(message)).toEqual([]);
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('the shared summary stays within Block Kit limits', () => {
    const n = fc.integer({ min: 0, max: 10_000_000 });
    const summary = fc.record({
      total: n,
      inbound: n,
      outbound: n,
      answered: n,
      missed: n,
      voicemail: n,
      unreturned: n,
      recorded: n,
      talkTimeSec: fc.integer({ min: 0, max: 366 * 86_400 * 1000 }),
      perHour: fc.array(n, { minLength: 24, maxLength: 24 }),
    });
    fc.assert(
      fc.property(summary, hostile, fc.stringMatching(/^[UW][A-Z0-9]{2,20}$/), (numbers, whose, sharedBy) => {
        const message = renderSharedSummary({ summary: numbers, window: TODAY, sharedBy, whose });
        expect(blockKitViolations(message)).toEqual([]);
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });
});
