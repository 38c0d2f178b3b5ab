// When RingCentral's rate limit makes the user wait, say so once, at the first wait; the answer then replaces
// that notice instead of stacking a second message under it.
import { renderRateLimited } from '../blocks/index.js';
import type { DelayNotice } from '../service/types.js';
import type { Reply, ReplyOptions } from './reply.js';

export interface DelayNotices {
  onDelay(notice: DelayNotice): void;
  /** Whether a notice went out; waits for it, so the answer cannot overtake it. */
  shown(): Promise<boolean>;
}

export function delayNotices(reply: Reply, options: ReplyOptions = {}): DelayNotices {
  let sent: Promise<void> | undefined;
  return {
    onDelay(notice) {
      sent ??= reply(renderRateLimited({ waitMs: notice.waitMs, final: false }), options);
    },
    async shown() {
      if (sent === undefined) return false;
      await sent;
      return true;
    },
  };
}
