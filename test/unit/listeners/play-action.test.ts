import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { RecordingNotReadyError } from '../../../src/errors.js';
import { playAction } from '../../../src/listeners/actions/play.js';
import { encodePlayButton } from '../../../src/query/play-button.js';
import type { DelayNotice } from '../../../src/service/types.js';
import { ALICE_EXT, clickArgs, fakeAccess, fakeService, listenerDeps, textOf } from './fakes.js';

type ClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const users = {
  UALICE: {
    link: { kind: 'linked' as const, extension: ALICE_EXT, email: 'alice@example.com' },
    zone: { timeZone: 'America/Los_Angeles', source: 'slack' as const },
  },
};

describe('▶ on a recorded row', () => {
  it('keeps the list it was clicked on, even when the answer was delayed: the reply is a new private message', async () => {
    const findRecording = vi.fn(async (_lookup: unknown, _whose: unknown, onDelay?: (notice: DelayNotice) => void) => {
      onDelay?.({ waitMs: 20_000, group: 'Heavy' });
      throw new RecordingNotReadyError('123');
    });
    const deps = listenerDeps(fakeService({ findRecording }), fakeAccess(users));
    const value = encodePlayButton({ callRecordId: 'C123', recordingId: 'R123' });
    const { args, replies } = clickArgs('calllog_play:0', value, 'UALICE');
    await playAction(deps)(args as unknown as ClickArgs);
    expect(findRecording).toHaveBeenCalled();
    expect(replies).toHaveLength(2); // the "delayed" notice, then the answer
    expect(textOf(replies[0])).toMatch(/delayed/);
    for (const reply of replies) expect(reply).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
  });
});
