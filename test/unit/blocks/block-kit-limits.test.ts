import { describe, expect, it } from 'vitest';
import { blockKitViolations, homeViewViolations } from '../../support/block-kit-limits.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const button = (actionId: string, extra: Record<string, unknown> = {}) => ({
  type: 'button',
  text: plain('Go'),
  action_id: actionId,
  ...extra,
});

/** The one violation a message has, so each test proves its limit is the one flagged. */
function only(message: { text?: string; blocks?: unknown[] }): string {
  const found = blockKitViolations(message);
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

describe('blockKitViolations', () => {
  it('accepts a message that uses every limit exactly', () => {
    const message = {
      text: 'fallback',
      blocks: [
        { type: 'header', text: plain('h'.repeat(150)), block_id: 'b'.repeat(255) },
        {
          type: 'section',
          text: mrkdwn('s'.repeat(3000)),
          fields: Array.from({ length: 10 }, () => mrkdwn('f'.repeat(2000))),
        },
        { type: 'context', elements: Array.from({ length: 10 }, () => mrkdwn('c')) },
        {
          type: 'actions',
          elements: Array.from({ length: 25 }, (_, i) =>
            button(`a${i}`, { value: 'v'.repeat(2000), url: 'https://x/'.padEnd(3000, 'x') }),
          ),
        },
        { type: 'actions', elements: [{ type: 'button', text: plain('t'.repeat(75)), action_id: 'x'.repeat(255) }] },
        ...Array.from({ length: 45 }, () => ({ type: 'divider' })),
      ],
    };
    expect(blockKitViolations(message)).toEqual([]);
  });

  it('flags a message with neither text nor blocks', () => {
    expect(only({})).toMatch(/neither text nor blocks/);
    expect(only({ text: '', blocks: [] })).toMatch(/neither text nor blocks/);
  });

  it('flags more than 50 blocks', () => {
    expect(only({ text: 't', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).toMatch(
      /51 blocks > 50/,
    );
  });

  it('flags an unknown block type', () => {
    expect(only({ text: 't', blocks: [{ type: 'banner' }] })).toMatch(/unknown block type "banner"/);
  });

  it('flags a block_id over 255 characters and a duplicate block_id', () => {
    expect(only({ text: 't', blocks: [{ type: 'divider', block_id: 'b'.repeat(256) }] })).toMatch(
      /block_id: 256 chars > 255/,
    );
    expect(
      only({
        text: 't',
        blocks: [
          { type: 'divider', block_id: 'x' },
          { type: 'divider', block_id: 'x' },
        ],
      }),
    ).toMatch(/duplicate "x"/);
  });

  it('flags a header over 150 characters and a header that is not plain_text', () => {
    expect(only({ blocks: [{ type: 'header', text: plain('h'.repeat(151)) }] })).toMatch(
      /blocks\[0\] \(header\)\.text\.text: 151 chars > 150/,
    );
    expect(only({ blocks: [{ type: 'header', text: mrkdwn('h') }] })).toMatch(/must be plain_text/);
  });

  it('flags section text over 3000 characters, a section without text or fields, and empty text', () => {
    expect(only({ blocks: [{ type: 'section', text: mrkdwn('s'.repeat(3001)) }] })).toMatch(/3001 chars > 3000/);
    expect(only({ blocks: [{ type: 'section' }] })).toMatch(/needs text or fields/);
    expect(only({ blocks: [{ type: 'section', text: mrkdwn('') }] })).toMatch(/non-empty string/);
  });

  it('flags more than 10 fields and a field over 2000 characters', () => {
    expect(only({ blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }] })).toMatch(
      /11 items > 10/,
    );
    expect(only({ blocks: [{ type: 'section', fields: [mrkdwn('f'.repeat(2001))] }] })).toMatch(
      /fields\[0\]\.text: 2001 chars > 2000/,
    );
  });

  it('flags a context with more than 10 elements', () => {
    expect(only({ blocks: [{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }] })).toMatch(
      /11 items > 10/,
    );
  });

  it('flags an actions block with more than 25 elements', () => {
    expect(
      only({ blocks: [{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`a${i}`)) }] }),
    ).toMatch(/26 items > 25/);
  });

  it('flags button text over 75, a button value over 2000, a url over 3000 and an unknown style', () => {
    const actions = (el: unknown) => ({ blocks: [{ type: 'actions', elements: [el] }] });
    expect(only(actions({ type: 'button', text: plain('t'.repeat(76)), action_id: 'a' }))).toMatch(
      /text\.text: 76 chars > 75/,
    );
    expect(only(actions(button('a', { value: 'v'.repeat(2001) })))).toMatch(/value: 2001 chars > 2000/);
    expect(only(actions(button('a', { url: 'u'.repeat(3001) })))).toMatch(/url: 3001 chars > 3000/);
    expect(only(actions(button('a', { style: 'green' })))).toMatch(/style/);
    expect(only(actions({ type: 'button', text: mrkdwn('Go'), action_id: 'a' }))).toMatch(/must be plain_text/);
  });

  it('flags an action_id over 255 characters and one used twice in a message', () => {
    expect(only({ blocks: [{ type: 'actions', elements: [button('a'.repeat(256))] }] })).toMatch(
      /action_id: 256 chars > 255/,
    );
    expect(
      only({
        blocks: [
          { type: 'actions', elements: [button('go')] },
          { type: 'section', text: mrkdwn('x'), accessory: button('go') },
        ],
      }),
    ).toMatch(/duplicate "go"/);
  });

  it('flags fallback text Slack would truncate', () => {
    expect(only({ text: 't'.repeat(40_001) })).toMatch(/40001 chars > 40000/);
  });
});

describe('homeViewViolations', () => {
  const section = { type: 'section', text: mrkdwn('s') };

  it('accepts a home view of 100 blocks with metadata at its limits', () => {
    const view = {
      type: 'home',
      blocks: Array.from({ length: 100 }, () => section),
      private_metadata: 'p'.repeat(3000),
      callback_id: 'c'.repeat(255),
    };
    expect(homeViewViolations(view)).toEqual([]);
  });

  it.each([
    ['101 blocks', { type: 'home', blocks: Array.from({ length: 101 }, () => section) }, /101 blocks > 100/],
    ['a modal', { type: 'modal', blocks: [section] }, /is not "home"/],
    ['no blocks', { type: 'home' }, /blocks: required/],
    ['long private_metadata', { type: 'home', blocks: [section], private_metadata: 'p'.repeat(3001) }, /3001 chars/],
    ['long callback_id', { type: 'home', blocks: [section], callback_id: 'c'.repeat(256) }, /256 chars/],
    ['a title', { type: 'home', blocks: [section], title: plain('t') }, /only modals/],
    [
      'a block that breaks a message limit',
      { type: 'home', blocks: [{ type: 'header', text: mrkdwn('h') }] },
      /plain_text/,
    ],
  ])('flags %s', (_, view, expected) => {
    const found = homeViewViolations(view);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
});
