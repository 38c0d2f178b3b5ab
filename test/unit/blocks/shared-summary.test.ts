import { describe, expect, it } from 'vitest';
import { renderSharedSummary } from '../../../src/blocks/shared-summary.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { buttons, makeSummary, TODAY, visibleText } from './factories.js';

describe('renderSharedSummary', () => {
  const message = renderSharedSummary({ summary: makeSummary({ recorded: 4 }), window: TODAY, sharedBy: 'U012AB3CD' });

  it('says who shared which window and its numbers', () => {
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('Call summary · today');
    expect(text).toContain('Shared by <@U012AB3CD> · Today, Thu Jan 15, 00:00–14:32 America/Los_Angeles (PST)');
    expect(text).toMatch(/\*Calls\*\n10/);
    expect(text).toMatch(/\*Unreturned\*\n2/);
    expect(message.text).toBe('Call summary · today: 10 calls, 7 answered, 3 missed, 2 unreturned.');
  });

  it('carries no recording information and no buttons', () => {
    expect(visibleText(message)).not.toMatch(/record|🎙/i);
    expect(buttons(message).size).toBe(0);
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('shows a malformed user id as text, never as markup', () => {
    const forged = renderSharedSummary({ summary: makeSummary(), window: TODAY, sharedBy: '<!channel>' });
    expect(visibleText(forged)).toContain('Shared by &lt;!channel&gt;');
  });

  it('names whose calls they were when it is not the sharer’s own', () => {
    const company = renderSharedSummary({
      summary: makeSummary(),
      window: TODAY,
      sharedBy: 'U1AB',
      whose: 'Company-wide calls',
    });
    expect(company.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Company-wide calls · today' } });
  });
});
