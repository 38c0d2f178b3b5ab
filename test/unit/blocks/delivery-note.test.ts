import { describe, expect, it } from 'vitest';
import { withDeliveryNote } from '../../../src/blocks/delivery-note.js';
import { context, type SlackMessage, section } from '../../../src/blocks/kit.js';
import { MAX_BLOCKS } from '../../../src/blocks/limits.js';

const answer = (blocks: number): SlackMessage => ({
  text: 'Your calls · today',
  blocks: Array.from({ length: blocks }, (_, i) => section(`row ${i}`)),
});

describe('the line on top of an answer that arrives another way', () => {
  it('names the request and, after a "delayed" notice, says it is the delayed answer', () => {
    const noted = withDeliveryNote(answer(2), { request: '/calllog today <missed>', afterNotice: true });
    expect(noted.blocks[0]).toEqual(
      context('Here is the answer to your request `/calllog today &lt;missed&gt;`, which was delayed.'),
    );
    expect(noted.blocks.slice(1)).toEqual(answer(2).blocks);
    expect(noted.text).toBe(
      'Here is the answer to your request `/calllog today &lt;missed&gt;`, which was delayed. Your calls · today',
    );
  });

  it('does without the request when it is not known, and without "delayed" when there was no notice', () => {
    const noted = withDeliveryNote(answer(1), { afterNotice: false });
    expect(noted.text).toBe('Here is the answer to your request. Your calls · today');
  });

  it('stays within 50 blocks', () => {
    const noted = withDeliveryNote(answer(MAX_BLOCKS), { afterNotice: true });
    expect(noted.blocks).toHaveLength(MAX_BLOCKS);
    expect(noted.blocks[1]).toEqual(section('row 0'));
  });
});
