// Pure Block Kit builders: data in, `{ text, blocks }` out, within Slack's limits by construction.
export { ACTION_NEXT, ACTION_PREV, ACTION_SHARE, decodePageState, encodePageState, type PageState } from './actions';
export { type ActiveCallsContext, renderActiveCalls } from './active-calls';
export { CALLS_PER_PAGE, type CallListInput, renderCallList } from './call-list';
export {
  type BadInputDetails,
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
} from './errors';
export { renderHelp } from './help';
export type { SlackMessage } from './kit';
export { renderSharedSummary, type SharedSummaryInput } from './shared-summary';
export { renderWhoAmI, type WhoAmIInput } from './whoami';
