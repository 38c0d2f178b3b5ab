import type { UserAccess } from '../access/user-access.js';
import type { RecordingAccess } from '../recordings/recording-access.js';
import type { CallLogService, DelayNotice } from '../service/types.js';

/** What every use case works with. Nothing here is Slack's or Bolt's: listeners adapt those. */
export interface AnswerDeps {
  service: CallLogService;
  access: UserAccess;
  /** Who may hear which recording, and their links. */
  recordings: RecordingAccess;
  /** The app's clock: "today" and "now" in every query. */
  now: () => Date;
}

/** Told when RingCentral's rate limit makes the answer wait, so the user can hear why it is late. */
export type OnDelay = (notice: DelayNotice) => void;
