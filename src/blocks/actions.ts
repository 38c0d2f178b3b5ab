// The contract between the buttons we render and the listeners that handle their clicks: the action ids here,
// the value each list button carries in ../query/list-state.
export const ACTION_PREV = 'calllog_prev';
export const ACTION_NEXT = 'calllog_next';
export const ACTION_SHARE = 'calllog_share';
/**
 * A ▶ button on a recorded row; its value is a ../query/play-button state. Slack wants every action_id in a message
 * to differ, so each row's is this plus ":<row>", and the listener matches them all with ACTION_PLAY_PATTERN.
 */
export const ACTION_PLAY = 'calllog_play';
export const ACTION_PLAY_PATTERN = /^calllog_play(:\d+)?$/;
/** The link button of a recording reply: it opens the browser; the click Slack also sends is only acknowledged. */
export const ACTION_OPEN_RECORDING = 'calllog_open_recording';
