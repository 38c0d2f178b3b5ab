import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, truncate, truncateMrkdwn, userText } from '../../../src/blocks/limits.js';

describe('text limits', () => {
  it('leaves text within the limit alone', () => {
    expect(truncate('hello', 5)).toBe('hello');
  });

  it('cuts long text to exactly the limit, ending in an ellipsis', () => {
    const cut = truncate('x'.repeat(200), 150);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits an emoji in half', () => {
    const cut = truncate('ab😀😀😀', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });

  it('escapes the three characters Slack treats as markup', () => {
    expect(escapeMrkdwn('<@U123> & <!here>')).toBe('&lt;@U123&gt; &amp; &lt;!here&gt;');
  });

  it('never leaves half an entity at a cut', () => {
    const cut = truncateMrkdwn(escapeMrkdwn('ab&&&&'), 8);
    expect(cut).toBe('ab&amp;…');
  });

  it('cuts outside data before escaping, so the entity count does not matter', () => {
    expect(userText('&'.repeat(10), 4)).toBe('&amp;&amp;&amp;…');
  });
});
