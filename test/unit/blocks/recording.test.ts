import { describe, expect, it } from 'vitest';
import { ACTION_OPEN_RECORDING } from '../../../src/blocks/actions.js';
import { renderRecordingLink } from '../../../src/blocks/recording.js';
import { blockKitViolations } from '../../support/block-kit-limits.js';
import { LA, makeCall, visibleText } from './factories.js';

const NOW = new Date('2026-01-15T22:32:00Z'); // 14:32 in Los Angeles
const input = {
  call: makeCall({ id: 'Y3s9KVLz', recordingId: '2217590004' }),
  recording: { id: '2217590004', durationSec: 192 },
  link: {
    url: 'https://calllog.example.com/recordings/2217590004?u=U012AB3CD&exp=1768517400&sig=abc',
    expiresAt: new Date('2026-01-15T22:47:00Z'),
  },
  timeZone: LA,
  now: NOW,
};

describe('renderRecordingLink', () => {
  it('names the call (when, who, how long, what kind) and links to the recording, within limits', () => {
    const message = renderRecordingLink(input);
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('Recording · Today 09:05');
    expect(text).toMatch(/\*When\*\nToday 09:05 \(America\/Los_Angeles\)/);
    expect(text).toMatch(/\*Who\*\n↙ from \*Alice Smith\* \+1 415-555-0100/);
    expect(text).toMatch(/\*Duration\*\n3:12/);
    expect(text).toMatch(/\*Type\*\nInbound call · Accepted/);
    expect(text).toMatch(/expires at \*14:47\* \(in 15 min\)/);
    const button = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []))[0];
    expect(button).toMatchObject({ type: 'button', action_id: ACTION_OPEN_RECORDING, url: input.link.url });
    // Only the button carries the link: a URL in the text could be previewed by Slack.
    expect(message.text).not.toContain('/recordings/');
    expect(message.text).toContain('Recording of the call from Alice Smith +1 415-555-0100, Today 09:05 (3:12)');
  });

  it("names whose call it is when an admin opened someone else's, and dates older calls", () => {
    const message = renderRecordingLink({
      ...input,
      call: makeCall({ startTime: new Date('2026-01-12T18:00:00Z') }),
      owner: { extensionNumber: '103', name: 'Jack <Lopez>' },
    });
    expect(blockKitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('*Extension*\n103 · Jack &lt;Lopez&gt;');
    expect(text).toContain('Recording · Mon Jan 12 10:00');
  });
});
