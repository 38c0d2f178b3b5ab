// What the bot answers, for one Slack user: the command words, or a button click replaying a query. Every answer
// is for the user who asked or clicked — their link, their time zone, their rights — never someone else's.
import type { UserTimeZone } from '../access/user-access.js';
import type { PageState } from '../blocks/actions.js';
import {
  renderActiveCalls,
  renderCallList,
  renderHelp,
  renderNotAvailableYet,
  renderSharedSummary,
  renderUnlinked,
  renderWhoAmI,
} from '../blocks/index.js';
import type { SlackMessage } from '../blocks/kit.js';
import { parseCommand, USAGE } from '../query/index.js';
import type { Audience, CallQuery } from '../query/types.js';
import type { CallsResult, DelayNotice, Extension } from '../service/types.js';
import type { ListenerDeps } from './deps.js';
import { Refusal } from './refusal.js';

export type OnDelay = (notice: DelayNotice) => void;
type CallsQuery = Extract<CallQuery, { kind: 'calls' }>;

/**
 * "/calllog <text>" from `userId`. Throws a Refusal (unlinked user, a view that is not available), BadInputError
 * and the service's typed errors; the caller turns each into a private reply.
 */
export async function answerCommand(
  deps: ListenerDeps,
  userId: string,
  text: string,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const zone = await deps.access.timeZone(userId);
  const query = parseCommand(text, { now: deps.now(), timeZone: zone.timeZone });
  switch (query.kind) {
    case 'help':
      return renderHelp(USAGE);
    case 'whoami':
      return answerWhoAmI(deps, userId, zone);
    case 'scopes':
      return renderNotAvailableYet('`/calllog scopes`');
    case 'recording':
      return renderNotAvailableYet('`/calllog recording`');
    case 'active': {
      if (query.audience.kind !== 'mine')
        throw new Refusal(renderNotAvailableYet(`the \`active ${audienceWord(query.audience)}\` view`));
      const extension = await ownExtension(deps, userId);
      const calls = await deps.service.activeCalls({ kind: 'extension', extensionId: extension.id }, onDelay);
      return renderActiveCalls(calls, { timeZone: zone.timeZone, now: deps.now() });
    }
    case 'calls': {
      const result = await ownCalls(deps, userId, query, onDelay);
      const state: PageState = {
        text: text.trim(),
        from: query.window.from.getTime(),
        to: query.window.to.getTime(),
        tz: zone.timeZone,
        page: 0,
      };
      return callList(result, query, state);
    }
  }
}

/** A Prev/Next click: the same window, page `state.page`, re-run for the clicking user. */
export async function answerPageTurn(
  deps: ListenerDeps,
  userId: string,
  state: PageState,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const query = await replayQuery(deps, userId, state);
  const result = await ownCalls(deps, userId, query, onDelay);
  return callList(result, query, { ...state, tz: query.window.timeZone });
}

/** "Share in channel": the clicking user's own numbers for that window, for everyone in the channel to read. */
export async function answerShare(
  deps: ListenerDeps,
  userId: string,
  state: PageState,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const query = await replayQuery(deps, userId, state);
  const result = await ownCalls(deps, userId, query, onDelay);
  return renderSharedSummary({ summary: result.summary, window: query.window, sharedBy: userId });
}

function callList(result: CallsResult, query: CallsQuery, state: PageState): SlackMessage {
  return renderCallList({
    result,
    window: query.window,
    state,
    filters: query.filters,
    ...(query.phoneNumber ? { phoneNumber: query.phoneNumber } : {}),
  });
}

/** The user's own calls in the query's window; its zone is the user's, as parsing or replaying resolved it. */
async function ownCalls(deps: ListenerDeps, userId: string, query: CallsQuery, onDelay: OnDelay): Promise<CallsResult> {
  if (query.audience.kind !== 'mine')
    throw new Refusal(renderNotAvailableYet(`the \`${audienceWord(query.audience)}\` view`));
  const extension = await ownExtension(deps, userId);
  const { window } = query;
  return deps.service.calls(
    {
      from: window.from,
      to: window.to,
      whose: { kind: 'extension', extensionId: extension.id },
      filters: query.filters,
      ...(query.phoneNumber ? { phoneNumber: query.phoneNumber } : {}),
      timeZone: window.timeZone,
    },
    onDelay,
  );
}

/**
 * The query a button carries, re-parsed in the clicking user's zone for its filters and audience, over the
 * window the button was drawn for: paging must not drift to a new "today" when clicked after midnight.
 */
async function replayQuery(deps: ListenerDeps, userId: string, state: PageState): Promise<CallsQuery> {
  const zone = await deps.access.timeZone(userId);
  const parsed = parseCommand(state.text, { now: deps.now(), timeZone: zone.timeZone });
  if (parsed.kind !== 'calls') throw new Refusal(renderNotAvailableYet('paging this view'));
  const from = new Date(state.from);
  const to = new Date(state.to);
  // The text still names the window when it starts at the same instant ("today" ends at whatever now was).
  const label = parsed.window.from.getTime() === state.from ? parsed.window.label : datesOf(from, to, zone.timeZone);
  return { ...parsed, window: { from, to, label, timeZone: zone.timeZone } };
}

/** "2026-03-10" or "2026-03-09..2026-03-10": a window named the way the command itself would ask for it. */
function datesOf(from: Date, to: Date, timeZone: string): string {
  const first = isoDay(from, timeZone);
  const last = isoDay(new Date(to.getTime() - 1), timeZone);
  return first === last ? first : `${first}..${last}`;
}

async function answerWhoAmI(deps: ListenerDeps, userId: string, zone: UserTimeZone): Promise<SlackMessage> {
  const extension = await ownExtension(deps, userId);
  return renderWhoAmI({
    slackUserId: userId,
    extension,
    timeZone: zone.timeZone,
    timeZoneSource: zone.source,
    isAdmin: deps.access.isAdmin(userId),
  });
}

/** The user's own extension; refuses with the "not linked" message showing the email that was tried. */
async function ownExtension(deps: ListenerDeps, userId: string): Promise<Extension> {
  const link = await deps.access.link(userId);
  if (link.kind === 'linked') return link.extension;
  throw new Refusal(renderUnlinked(link.email !== undefined ? { email: link.email } : {}));
}

/** How the user asked for someone else's calls, in the command's own words. */
function audienceWord(audience: Exclude<Audience, { kind: 'mine' }>): string {
  switch (audience.kind) {
    case 'all':
      return 'all';
    case 'extension':
      return 'ext N';
    case 'slackUser':
      return '@someone';
  }
}

function isoDay(date: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
