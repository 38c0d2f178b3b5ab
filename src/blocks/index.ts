// Pure Block Kit builders: data in, `{ text, blocks }` out, within Slack's limits by construction.
export { ACTION_NEXT, ACTION_PREV, ACTION_SHARE, decodePageState, encodePageState, type PageState } from './actions';
export { renderActiveCalls, type ActiveCallsContext } from './active-calls';
export { CALLS_PER_PAGE, renderCallList, type CallListInput } from './call-list';
export {
  renderAuthFailed,
  renderBadInput,
  renderMissingPermission,
  renderMissingUserPermission,
  renderNotAllowed,
  renderNotAvailableYet,
  renderNotFound,
  renderRateLimited,
  renderUnexpectedFailure,
  renderUnlinked,
  renderUpstreamFailure,
  type BadInputDetails,
} from './errors';
export { renderHelp } from './help';
export type { SlackMessage } from './kit';
export { renderSharedSummary, type SharedSummaryInput } from './shared-summary';
export { renderWhoAmI, type WhoAmIInput } from './whoami';
