// The contract between the buttons we render and the listeners that handle their clicks: the action ids here,
// the value each list button carries in ../query/list-state.
export const ACTION_PREV = 'calllog_prev';
export const ACTION_NEXT = 'calllog_next';
export const ACTION_SHARE = 'calllog_share';
