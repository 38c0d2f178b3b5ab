import { describe, expect, it } from 'vitest';
import { renderActiveCalls } from '../../../src/blocks/active-calls.js';
import { renderCallList } from '../../../src/blocks/call-list.js';
import { breakdownBlocks } from '../../../src/blocks/company-breakdown.js';
import { renderSharedSummary } from '../../../src/blocks/shared-summary.js';
import type { CompanyBreakdown, ExtensionActivity } from '../../../src/service/types.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { LA, makeCalls, makeResult, makeSummary, pageState, TODAY, visibleText } from './factories.js';

function activity(i: number, overrides: Partial<ExtensionActivity> = {}): ExtensionActivity {
  return {
    id: String(1000 + i),
    name: `Person ${i}`,
    extensionNumber: String(100 + i),
    calls: 20 - i,
    missed: 9 - i,
    unreturned: 5 - i,
    talkTimeSec: 3600 - i * 60,
    ...overrides,
  };
}

const breakdown: CompanyBreakdown = {
  mostMissed: [activity(1), activity(2)],
  mostUnreturned: [activity(1)],
  busiest: [activity(0), activity(1), activity(2)],
  extensionsWithCalls: 25,
};

describe('the company breakdown', () => {
  it('ranks who missed, left unreturned and was busiest, each line naming the person and their extension', () => {
    const text = visibleText({ text: 'x', blocks: breakdownBlocks(breakdown) });
    expect(text).toContain('*Most missed*\n1. *Person 1* ext 101 · 8\n2. *Person 2* ext 102 · 7');
    expect(text).toContain('*Most unreturned*\n1. *Person 1* ext 101 · 4');
    expect(text).toContain('*Busiest*\n1. *Person 0* ext 100 · 20 calls · 1 h 00 min talk time');
    expect(text).toContain('every call each of 25 extensions was on');
  });

  it('says so when nobody missed a call, and shows nothing for a window without calls', () => {
    const calm = breakdownBlocks({ ...breakdown, mostMissed: [], mostUnreturned: [] });
    expect(visibleText({ text: 'x', blocks: calm })).toContain('*Most missed*\nNo missed calls.');
    expect(breakdownBlocks({ mostMissed: [], mostUnreturned: [], busiest: [], extensionsWithCalls: 0 })).toEqual([]);
  });

  it('escapes names from RingCentral and falls back to the number, then the id', () => {
    const odd = breakdownBlocks({
      ...breakdown,
      busiest: [
        activity(0, { name: '<!channel> & co' }),
        activity(1, { name: undefined }),
        { id: '42', calls: 1, missed: 0, unreturned: 0, talkTimeSec: 0 },
      ],
    });
    const text = visibleText({ text: 'x', blocks: odd });
    expect(text).toContain('*&lt;!channel&gt; &amp; co* ext 100');
    expect(text).toContain('2. ext 101 · 19 calls');
    expect(text).toContain('3. extension 42 · 1 call');
  });

  it('sits in a company list between the numbers and the rows, within Block Kit limits', () => {
    const message = renderCallList({
      result: { ...makeResult(makeCalls(40)), breakdown },
      window: TODAY,
      state: { ...pageState(0), audience: { kind: 'all' } },
      filters: [],
      whose: 'Company-wide calls',
    });
    expect(blockKitViolations(message)).toEqual([]);
    const types = message.blocks.map((b) => b.type);
    const divider = types.indexOf('divider');
    expect(types.slice(0, divider)).toEqual([
      'header',
      'context',
      'section',
      'context',
      'section',
      'section',
      'context',
    ]);
    expect(message.text).toMatch(/^Company-wide calls · today: 40 calls/);
  });

  it('is shared with a company summary, still without call rows or recordings', () => {
    const message = renderSharedSummary({
      summary: makeSummary(),
      window: TODAY,
      sharedBy: 'U1AB',
      whose: 'Company-wide calls',
      breakdown,
    });
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('*Most missed*');
    expect(text).not.toMatch(/record|🎙|Caller/i);
  });
});

describe('company-wide calls in progress', () => {
  it('start each row with who is on the call', () => {
    const now = new Date('2026-01-15T22:32:00Z');
    const message = renderActiveCalls(
      [
        {
          id: 'a1',
          startTime: new Date(now.getTime() - 125_000),
          direction: 'Inbound',
          otherParty: { phoneNumber: '+14155550100' },
          extensionId: '11',
          extension: { id: '11', name: 'Alice Smith', extensionNumber: '101' },
        },
      ],
      { timeZone: LA, now, whose: 'Company-wide calls' },
    );
    expect(blockKitViolations(message)).toEqual([]);
    expect(visibleText(message)).toContain('*Alice Smith* ext 101: ↙ +1 415-555-0100 · since 14:29 · 2:05 so far');
    expect(message.text).toBe('Company-wide calls · in progress: 1 call.');
  });
});
