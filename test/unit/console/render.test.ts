import { describe, expect, it } from 'vitest';
import { renderForTerminal } from '../../../src/console/render.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const button = (action_id: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id,
  text: plain(text),
  ...extra,
});

describe('renderForTerminal', () => {
  it('shows a header underlined when there is no colour', () => {
    const { lines } = renderForTerminal({ blocks: [{ type: 'header', text: plain('Today') }] });
    expect(lines).toEqual(['Today', '═════']);
  });

  it('marks ephemeral replies as only visible to the user, and channel posts not', () => {
    const blocks = [{ type: 'section', text: mrkdwn('hi') }];
    expect(renderForTerminal({ response_type: 'ephemeral', blocks }).lines[0]).toBe('(only visible to you)');
    expect(renderForTerminal({ response_type: 'in_channel', blocks }).lines).toEqual(['hi']);
  });

  it('turns mrkdwn into plain words: bold, italic, strike, code, links, mentions and entities', () => {
    const text =
      '*3 missed* _since_ ~noon~ `ext 101` <https://x.test/a|the log> <https://x.test/b> <@U1> <@U2|sam> <#C9|calls> <!here> &lt;tag&gt; &amp;';
    const { lines } = renderForTerminal(
      { blocks: [{ type: 'section', text: mrkdwn(text) }] },
      { userNames: { U1: 'Dana' }, width: 200 },
    );
    expect(lines).toEqual([
      '3 missed since noon ext 101 the log (https://x.test/a) https://x.test/b @Dana @sam #calls @here <tag> &',
    ]);
  });

  it('leaves asterisks inside words and plain_text alone', () => {
    const { lines } = renderForTerminal({
      blocks: [
        { type: 'section', text: mrkdwn('2*3*4 is not bold') },
        { type: 'section', text: plain('*literal*') },
      ],
    });
    expect(lines).toEqual(['2*3*4 is not bold', '*literal*']);
  });

  it('wraps long section text at the width without cutting words', () => {
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu';
    const { lines } = renderForTerminal({ blocks: [{ type: 'section', text: mrkdwn(words) }] }, { width: 24 });
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(lines.join(' ')).toBe(words);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('keeps preformatted blocks line for line with their spacing', () => {
    const { lines } = renderForTerminal({
      blocks: [{ type: 'section', text: mrkdwn('Calls:\n```\n09:14  Missed\n10:02  Answered\n```') }],
    });
    expect(lines).toEqual(['Calls:', '09:14  Missed', '10:02  Answered']);
  });

  it('lays out short fields in two columns and long ones one under another', () => {
    const short = renderForTerminal(
      {
        blocks: [
          { type: 'section', fields: [mrkdwn('*From*\nDana'), mrkdwn('*When*\n09:14'), mrkdwn('*Result*\nMissed')] },
        ],
      },
      { width: 40 },
    );
    expect(short.lines).toEqual(['From                 When', 'Dana                 09:14', 'Result', 'Missed']);

    const long = 'x'.repeat(30);
    const stacked = renderForTerminal(
      { blocks: [{ type: 'section', fields: [mrkdwn(long), mrkdwn('b')] }] },
      { width: 40 },
    );
    expect(stacked.lines).toEqual([long, 'b']);
  });

  it('shows context dim-joined in one line and dividers across the width', () => {
    const { lines } = renderForTerminal(
      {
        blocks: [
          {
            type: 'context',
            elements: [mrkdwn('00:00–14:05'), { type: 'image', image_url: 'x', alt_text: 'i' }, plain('Europe/Berlin')],
          },
          { type: 'divider' },
        ],
      },
      { width: 30 },
    );
    expect(lines).toEqual(['00:00–14:05  ·  Europe/Berlin', '─'.repeat(30)]);
  });

  it('numbers buttons in order and reports what a click must send', () => {
    const { lines, buttons } = renderForTerminal({
      blocks: [
        { type: 'section', text: mrkdwn('Dana, 09:14'), accessory: button('play', 'Recording', { value: 'rec-1' }) },
        {
          type: 'actions',
          block_id: 'pager',
          elements: [
            button('prev', ':arrow_backward: Prev', { value: 'p1' }),
            button('next', 'Next ▶', { value: 'p3' }),
            button('share', 'Share in channel', { style: 'primary' }),
          ],
        },
      ],
    });
    expect(lines).toEqual(['Dana, 09:14', '[1 Recording]', '[2 ◀ Prev]  [3 Next ▶]  [4 Share in channel]']);
    expect(buttons).toEqual([
      { number: 1, actionId: 'play', value: 'rec-1', text: 'Recording' },
      { number: 2, actionId: 'prev', value: 'p1', text: '◀ Prev', blockId: 'pager' },
      { number: 3, actionId: 'next', value: 'p3', text: 'Next ▶', blockId: 'pager' },
      { number: 4, actionId: 'share', text: 'Share in channel', blockId: 'pager' },
    ]);
  });

  it('continues numbering from firstButtonNumber and lists a link button’s address', () => {
    const { lines, buttons } = renderForTerminal(
      { blocks: [{ type: 'actions', elements: [button('open', 'Play', { url: 'http://127.0.0.1:9/recordings/7' })] }] },
      { firstButtonNumber: 5 },
    );
    expect(lines).toEqual(['[5 Play ↗]', '  5 → http://127.0.0.1:9/recordings/7']);
    expect(buttons[0]).toMatchObject({ number: 5, url: 'http://127.0.0.1:9/recordings/7' });
  });

  it('wraps a row of buttons that does not fit the width', () => {
    const { lines } = renderForTerminal(
      { blocks: [{ type: 'actions', elements: [button('a', 'First button'), button('b', 'Second button')] }] },
      { width: 24 },
    );
    expect(lines).toEqual(['[1 First button]', '[2 Second button]']);
  });

  it('uses the text when there are no blocks, and ignores it as a fallback when there are', () => {
    expect(renderForTerminal({ text: 'No calls *today*.' }).lines).toEqual(['No calls today.']);
    expect(renderForTerminal({ text: 'fallback', blocks: [{ type: 'section', text: mrkdwn('shown') }] }).lines).toEqual(
      ['shown'],
    );
  });

  it('styles with ANSI codes only when colour is on', () => {
    const message = { blocks: [{ type: 'section', text: mrkdwn('*bold* rest') }] };
    expect(renderForTerminal(message, { color: true }).lines).toEqual(['\x1b[1mbold\x1b[0m rest']);
    expect(renderForTerminal(message).lines.join('')).not.toContain('\x1b');
  });

  it('survives malformed blocks without throwing', () => {
    const { lines, buttons } = renderForTerminal({
      blocks: [null, 7, { type: 'section' }, { type: 'mystery' }, { type: 'actions', elements: 'x' }],
    });
    expect(lines).toEqual(['[mystery block]']);
    expect(buttons).toEqual([]);
  });
});
