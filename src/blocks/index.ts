// Pure Block Kit builders: data in, `{ text, blocks }` out, within Slack's limits by construction.
export {
  ACTION_NEXT,
  ACTION_OPEN_RECORDING,
  ACTION_PLAY,
  ACTION_PLAY_PATTERN,
  ACTION_PREV,
  ACTION_SHARE,
} from './actions.js';
export { type ActiveCallsContext, renderActiveCalls } from './active-calls.js';
export { CALLS_PER_PAGE, type CallListInput, renderCallList } from './call-list.js';
export { needsReferenceId, renderError } from './error-message.js';
export {
  type BadInputDetails,
  renderAuthFailed,
  renderBadInput,
  renderMissingPermission,
  renderMissingUserPermission,
  renderNotAllowed,
  renderNotFound,
  renderPersonNotLinked,
  renderRateLimited,
  renderUnexpectedFailure,
  renderUnknownExtension,
  renderUnlinked,
  renderUpstreamFailure,
} from './errors.js';
export { renderHelp } from './help.js';
export { type HomeInput, type HomePart, renderHome, renderHomeFailure } from './home.js';
export type { SlackMessage } from './kit.js';
export { type RecordingLinkInput, renderRecordingLink } from './recording.js';
export { renderScopes, type ScopesInput, scopesSummaryBlocks } from './scopes.js';
export { renderSharedSummary, type SharedSummaryInput } from './shared-summary.js';
export { renderSlackApiFailure } from './slack-api-failure.js';
export { renderWhoAmI, type WhoAmIInput } from './whoami.js';
