import { describe, expect, it } from 'vitest';
import { ACTION_NEXT, ACTION_PLAY_PATTERN, ACTION_PREV, ACTION_SHARE } from '../../../src/blocks/actions.js';
import { type CallListInput, renderCallList } from '../../../src/blocks/call-list.js';
import { decodeListState } from '../../../src/query/list-state.js';
import { decodePlayButton } from '../../../src/query/play-button.js';
import type { TimeWindow } from '../../../src/query/types.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { buttons, LA, makeCall, makeCalls, makeResult, pageState, TODAY, visibleText } from './factories.js';

function list(overrides: Partial<CallListInput> = {}): CallListInput {
  return { result: makeResult([makeCall()]), window: TODAY, state: pageState(), filters: [], ...overrides };
}

/** The compact call rows on the page, one per line. */
function rows(text: string): string[] {
  return text.split('\n').filter((line) => /^`[^`]*\d\d:\d\d`/.test(line));
}

describe('renderCallList', () => {
  it('shows the range, the resolved window in the user zone, the summary and a row per call', () => {
    const message = renderCallList(list());
    expect(blockKitViolations(message)).toEqual([]);
    expect(message.text).toContain('Your calls · today');
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Your calls · today' } });
    const text = visibleText(message);
    expect(text).toContain('Today, Thu Jan 15, 00:00–14:32 America/Los_Angeles (PST)');
    expect(text).toMatch(/\*Missed\*\n3/);
    expect(text).toMatch(/\*Talk time\*\n1 h 02 min/);
    expect(text).toContain('`09:05`  ↙ *Alice Smith* +1 415-555-0100 · 3:12 · Accepted');
  });

  it('says how fresh the calls are when they were fetched before the window ends', () => {
    const result = { ...makeResult([makeCall()]), asOf: new Date('2026-01-15T22:04:30Z') };
    expect(visibleText(renderCallList(list({ result })))).toContain('America/Los_Angeles (PST) · as of 14:04');
    expect(visibleText(renderCallList(list()))).not.toContain('as of');
  });

  it('renders a 10 000-call day as page 1 of 667 with 15 rows and a Next button but no Prev', () => {
    const message = renderCallList(list({ result: makeResult(makeCalls(10_000)) }));
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(rows(text)).toHaveLength(15);
    expect(text).toContain('Page 1 of 667 · calls 1–15 of 10,000');
    const found = buttons(message);
    expect(found.has(ACTION_PREV)).toBe(false);
    expect(decodeListState(found.get(ACTION_NEXT)?.value ?? '')).toEqual(pageState(1));
    expect(message.blocks.length).toBeLessThan(30);
  });

  it('shows the last page with Prev but no Next', () => {
    const message = renderCallList(list({ result: makeResult(makeCalls(10_000)), state: pageState(666) }));
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('Page 667 of 667 · calls 9,991–10,000 of 10,000');
    expect(rows(text)).toHaveLength(10);
    const found = buttons(message);
    expect(found.has(ACTION_NEXT)).toBe(false);
    expect(decodeListState(found.get(ACTION_PREV)?.value ?? '')?.page).toBe(665);
  });

  it('shows the last page when asked for a page past the end', () => {
    const message = renderCallList(list({ result: makeResult(makeCalls(20)), state: pageState(9) }));
    expect(visibleText(message)).toContain('Page 2 of 2 · calls 16–20 of 20');
    expect(decodeListState(buttons(message).get(ACTION_SHARE)?.value ?? '')?.page).toBe(1);
  });

  it('a Share button replays the same window, zone, filters and audience', () => {
    const state = { ...pageState(0), filters: ['missed' as const], phone: '14155550100' };
    const share = buttons(renderCallList(list({ state }))).get(ACTION_SHARE);
    expect(share?.label).toBe('Share in channel');
    expect(decodeListState(share?.value ?? '')).toEqual(state);
  });

  it('escapes names and numbers from RingCentral, so they cannot ping a channel or forge a link', () => {
    const evil = makeCall({
      otherParty: { name: '<script>alert(1)</script> & <!channel>', phoneNumber: '<http://evil|+1>' },
    });
    const message = renderCallList(list({ result: makeResult([evil]) }));
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!channel&gt;');
    expect(text).toContain('&lt;http://evil|+1&gt;');
    expect(text).not.toMatch(/<script>|<!channel>|<http/);
  });

  it('keeps every row within limits whatever the length of names and results', () => {
    const huge = makeCalls(15).map((c) => ({
      ...c,
      result: '&'.repeat(500),
      otherParty: { name: '&<>'.repeat(2000), phoneNumber: '<'.repeat(3000) },
    }));
    const message = renderCallList(list({ result: makeResult(huge) }));
    expect(blockKitViolations(message)).toEqual([]);
    expect(rows(visibleText(message))).toHaveLength(15);
  });

  it('cuts a 200-character range label to 150 in the header', () => {
    const window = { ...TODAY, label: 'x'.repeat(200) };
    const message = renderCallList(list({ window }));
    expect(blockKitViolations(message)).toEqual([]);
    const head = message.blocks[0];
    expect(head?.type === 'header' && head.text.text.length).toBeLessThanOrEqual(150);
    expect(head?.type === 'header' && head.text.text.endsWith('…')).toBe(true);
  });

  it('says plainly when the filters leave no calls, and still shows the day’s numbers', () => {
    const message = renderCallList(list({ result: makeResult([], { total: 12 }), filters: ['missed', 'inbound'] }));
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('No calls match *missed · inbound* in this window (12 calls in all).');
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: 'Your calls · today · missed · inbound' },
    });
    expect(text).toMatch(/\*Calls\*\n12/);
    expect(message.text).toContain('No matching calls');
  });

  it('says there were no calls at all on an empty day, without a chart', () => {
    const empty = makeResult([], { total: 0, perHour: Array.from({ length: 24 }, () => 0) });
    const message = renderCallList(list({ result: empty }));
    expect(blockKitViolations(message)).toEqual([]);
    expect(visibleText(message)).toContain('No calls in this window.');
    expect(visibleText(message)).not.toContain('Calls per hour');
  });

  it('charts calls per hour over business hours, widened to the hours that had calls', () => {
    const perHour = Array.from({ length: 24 }, () => 0);
    perHour[9] = 1;
    perHour[14] = 8;
    perHour[20] = 4;
    const text = visibleText(renderCallList(list({ result: makeResult([makeCall()], { perHour }) })));
    // 08:00 to 21:00: one bar per hour; empty hours flat, one call still visible, half the peak at mid height.
    expect(text).toContain('Calls per hour  `08:00 ▁▂▁▁▁▁█▁▁▁▁▁▅ 21:00`  busiest 14:00–15:00 (8)');
  });

  it('shows dates in rows and the full span when the window covers several days', () => {
    const week: TimeWindow = {
      from: new Date('2026-01-09T08:00:00Z'),
      to: new Date('2026-01-16T08:00:00Z'),
      label: 'last 7 days',
      timeZone: LA,
    };
    const call = makeCall({ startTime: new Date('2026-01-12T23:15:00Z') });
    const text = visibleText(
      renderCallList(list({ window: week, state: pageState(0, week), result: makeResult([call]) })),
    );
    expect(text).toContain('Last 7 days, Fri Jan 9 00:00 – Thu Jan 15 24:00 America/Los_Angeles (PST)');
    expect(text).toContain('`Jan 12 15:15`');
    expect(text).toContain('Calls by hour of day');
  });

  it('marks recorded calls and fax, and names parties known only by extension', () => {
    const calls = [
      makeCall({ id: 'a', recordingId: 'r1' }),
      makeCall({ id: 'b', type: 'Fax', direction: 'Outbound', otherParty: { extensionNumber: '101' } }),
      makeCall({ id: 'c', otherParty: {} }),
    ];
    const text = visibleText(renderCallList(list({ result: makeResult(calls) })));
    const [recorded, fax, unknown] = rows(text);
    expect(recorded).toMatch(/Accepted 🎙$/);
    expect(fax).toContain('↗ 📠 ext 101');
    expect(unknown).toContain('Unknown number');
    expect(text).toContain('🎙 recorded');
  });

  it('shows the user’s zone across a DST change', () => {
    // 2026-03-08: Los Angeles springs forward at 02:00, so the day is 23 hours long.
    const dstDay: TimeWindow = {
      from: new Date('2026-03-08T08:00:00Z'),
      to: new Date('2026-03-09T07:00:00Z'),
      label: 'Sun 8 Mar 2026',
      timeZone: LA,
    };
    const text = visibleText(renderCallList(list({ window: dstDay, state: pageState(0, dstDay) })));
    expect(text).toContain('Sun 8 Mar 2026, 00:00–24:00 America/Los_Angeles (PST→PDT)');
  });

  it('gives each recorded row a ▶ that names its call and recording, and no other row one', () => {
    const message = renderCallList(list({ result: makeResult(makeCalls(15)) }));
    expect(blockKitViolations(message)).toEqual([]);
    const plays = message.blocks.flatMap((block) =>
      block.type === 'section' && block.accessory?.type === 'button' ? [block] : [],
    );
    // makeCalls records every fifth call: rows 0, 5 and 10 of the page.
    expect(plays.map((block) => decodePlayButton((block.accessory as { value: string }).value))).toEqual([
      { callRecordId: 'c0', recordingId: 'r0' },
      { callRecordId: 'c5', recordingId: 'r5' },
      { callRecordId: 'c10', recordingId: 'r10' },
    ]);
    expect(plays.map((block) => (block.accessory as { action_id: string }).action_id)).toEqual([
      'calllog_play:0',
      'calllog_play:5',
      'calllog_play:10',
    ]);
    expect(plays.every((block) => block.text?.text.endsWith('🎙'))).toBe(true);
    expect(plays.every((block) => ACTION_PLAY_PATTERN.test((block.accessory as { action_id: string }).action_id))).toBe(
      true,
    );
  });

  it("stays within Slack's limits when every row of a page is recorded: a section each, at most 50 blocks", () => {
    const calls = makeCalls(40).map((call, i) => ({ ...call, recordingId: `r${i}` }));
    const message = renderCallList(list({ result: makeResult(calls) }));
    expect(blockKitViolations(message)).toEqual([]);
    expect(rows(visibleText(message))).toHaveLength(15);
    expect(message.blocks.filter((b) => b.type === 'section' && b.accessory)).toHaveLength(15);
    expect(message.blocks.length).toBeLessThanOrEqual(25);
  });

  it('leaves out the ▶ of a call whose ids a button cannot carry, keeping the row', () => {
    const message = renderCallList(
      list({ result: makeResult([makeCall({ id: 'odd id/with slash', recordingId: 'r1' })]) }),
    );
    expect(blockKitViolations(message)).toEqual([]);
    expect(message.blocks.some((b) => b.type === 'section' && b.accessory)).toBe(false);
    expect(rows(visibleText(message))).toHaveLength(1);
  });
});
