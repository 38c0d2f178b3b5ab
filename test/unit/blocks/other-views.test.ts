import { describe, expect, it } from 'vitest';
import { MAX_ACTIVE_ROWS, renderActiveCalls } from '../../../src/blocks/active-calls.js';
import { renderHelp } from '../../../src/blocks/help.js';
import { renderWhoAmI } from '../../../src/blocks/whoami.js';
import type { ActiveCall } from '../../../src/service/types.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { LA, visibleText } from './factories.js';

const now = new Date('2026-01-15T22:32:00Z');

function activeCall(i: number): ActiveCall {
  return {
    id: `a${i}`,
    startTime: new Date(now.getTime() - (i + 1) * 61_000),
    direction: 'Outbound',
    otherParty: { name: `Caller ${i}`, phoneNumber: '+14155550100' },
  };
}

describe('renderActiveCalls', () => {
  it('lists each call in progress with how long it has run', () => {
    const message = renderActiveCalls([activeCall(2)], { timeZone: LA, now });
    expect(blockKitViolations(message)).toEqual([]);
    expect(visibleText(message)).toContain('↗ *Caller 2* +1 415-555-0100 · since 14:28 · 3:03 so far');
    expect(message.text).toBe('Your calls · in progress: 1 call.');
  });

  it('says so when nothing is in progress', () => {
    const message = renderActiveCalls([], { timeZone: LA, now });
    expect(blockKitViolations(message)).toEqual([]);
    expect(visibleText(message)).toContain('No calls in progress right now.');
  });

  it('counts the calls it does not list on a busy company', () => {
    const message = renderActiveCalls(
      Array.from({ length: 500 }, (_, i) => activeCall(i)),
      { timeZone: LA, now, whose: 'Company-wide calls' },
    );
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text.match(/so far/g)).toHaveLength(MAX_ACTIVE_ROWS);
    expect(text).toContain(`showing the ${MAX_ACTIVE_ROWS} longest of 500 calls`);
    expect(text).toContain('Caller 499'); // longest running first
  });
});

describe('renderHelp', () => {
  it('shows the usage verbatim in a code block, escaped', () => {
    const message = renderHelp('/calllog [when] [filters] [whose]\n  whose  mine · ext 101 · @someone <admins>');
    expect(blockKitViolations(message)).toEqual([]);
    expect(visibleText(message)).toContain(
      '```/calllog [when] [filters] [whose]\n  whose  mine · ext 101 · @someone &lt;admins&gt;```',
    );
  });

  it('splits a long usage between lines, each part its own code block', () => {
    const message = renderHelp(Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n'));
    expect(blockKitViolations(message)).toEqual([]);
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.type === 'section' && s.text?.text).toMatch(/^```line \d+[\s\S]*x```$/);
  });
});

describe('renderWhoAmI', () => {
  it('shows the linked extension, email, zone and its source, and the role', () => {
    const message = renderWhoAmI({
      slackUserId: 'U012AB3CD',
      extension: { extensionNumber: '101', name: 'Alice & Co', email: 'alice@example.com' },
      timeZone: 'Europe/Berlin',
      timeZoneSource: 'default',
      isAdmin: true,
    });
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('<@U012AB3CD>');
    expect(text).toContain('101 · Alice &amp; Co');
    expect(text).toContain('alice@example.com');
    expect(text).toContain('Europe/Berlin (the workspace default — your Slack profile has no time zone)');
    expect(text).toMatch(/\*Role\*\nAdmin/);
  });

  it('leaves the email out when the extension has none and says a member sees their own calls', () => {
    const message = renderWhoAmI({
      slackUserId: 'U1AB',
      extension: { extensionNumber: '102', name: 'Bob' },
      timeZone: 'UTC',
      timeZoneSource: 'utc',
      isAdmin: false,
    });
    expect(blockKitViolations(message)).toEqual([]);
    expect(visibleText(message)).not.toContain('*Email*');
    expect(visibleText(message)).toMatch(/\*Role\*\nMember/);
  });
});
