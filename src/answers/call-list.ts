// A list of calls: asked for by "/calllog …", or replayed by a button for whoever clicks it. Either way the calls are
// whose the asking user may see — their own, or for an admin the company's or a colleague's — in the asking user's
// zone: a button never carries anyone's rights.
import { renderCallList, renderSharedSummary, type SlackMessage } from '../blocks/index.js';
import { type ListState, listStateOf } from '../query/list-state.js';
import type { CallsQuery } from '../query/types.js';
import { resolveWindow, windowLabel } from '../query/window.js';
import type { CallsResult } from '../service/types.js';
import { resolveAudience } from './audience.js';
import type { AnswerDeps, OnDelay } from './deps.js';

/** The calls a query asked for, and whose they are in the reader's words (absent: the user's own). */
interface AudienceCalls {
  result: CallsResult;
  title?: string;
}

/** The first page of the list a command asked for. */
export async function answerCallList(deps: AnswerDeps, userId: string, query: CallsQuery, onDelay: OnDelay) {
  return callList(await audienceCalls(deps, userId, query, onDelay), query, 0);
}

/** A Prev/Next click: the same window, page `state.page`, for the clicking user. */
export async function answerPageTurn(
  deps: AnswerDeps,
  userId: string,
  state: ListState,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const query = await replayQuery(deps, userId, state);
  return callList(await audienceCalls(deps, userId, query, onDelay), query, state.page);
}

/**
 * "Share in channel": the numbers for that window, for everyone in the channel to read — the clicking user's own,
 * or for an admin the view the button came from (a company view with its who-missed lists; never call rows).
 */
export async function answerShare(
  deps: AnswerDeps,
  userId: string,
  state: ListState,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const query = await replayQuery(deps, userId, state);
  const { result, title } = await audienceCalls(deps, userId, query, onDelay);
  return renderSharedSummary({
    summary: result.summary,
    window: query.window,
    sharedBy: userId,
    ...(title ? { whose: title } : {}),
    ...(result.breakdown ? { breakdown: result.breakdown } : {}),
  });
}

function callList({ result, title }: AudienceCalls, query: CallsQuery, page: number): SlackMessage {
  return renderCallList({
    result,
    window: query.window,
    state: listStateOf(query, page),
    filters: query.filters,
    ...(query.phoneNumber ? { phoneNumber: query.phoneNumber } : {}),
    ...(title ? { whose: title } : {}),
  });
}

/**
 * The calls the query names, in its window; its zone is the user's, as parsing or replaying resolved it. Anyone
 * but the user themself is for admins, refused before anything is looked up.
 */
async function audienceCalls(
  deps: AnswerDeps,
  userId: string,
  query: CallsQuery,
  onDelay: OnDelay,
): Promise<AudienceCalls> {
  const { whose, title } = await resolveAudience(deps, userId, query.audience);
  const { window } = query;
  const result = await deps.service.calls(
    {
      from: window.from,
      to: window.to,
      whose,
      filters: query.filters,
      ...(query.phoneNumber ? { phoneNumber: query.phoneNumber } : {}),
      timeZone: window.timeZone,
    },
    onDelay,
  );
  return { result, ...(title ? { title } : {}) };
}

/**
 * The query a button carries, for the clicking user: over the window the button was drawn for (paging must not
 * drift to a new "today" when clicked after midnight), shown in the clicker's zone, and named as the command named
 * it while those words still describe that window there and then ("today"), else by its dates ("Tue 10 Mar 2026").
 */
async function replayQuery(deps: AnswerDeps, userId: string, state: ListState): Promise<CallsQuery> {
  const { timeZone } = await deps.access.timeZone(userId);
  const from = new Date(state.from);
  const to = new Date(state.to);
  return {
    kind: 'calls',
    when: state.when,
    window: { from, to, label: labelFor(state, deps.now(), timeZone), timeZone },
    filters: state.filters,
    ...(state.phone ? { phoneNumber: state.phone } : {}),
    audience: state.audience,
  };
}

function labelFor(state: ListState, now: Date, timeZone: string): string {
  const asNamed = safeResolve(state, now, timeZone);
  if (asNamed && asNamed.from.getTime() === state.from) return asNamed.label;
  return windowLabel(new Date(state.from), new Date(state.to), timeZone);
}

function safeResolve(state: ListState, now: Date, timeZone: string) {
  try {
    return resolveWindow(state.when, now, timeZone);
  } catch {
    return undefined; // the words name a window that has not begun here: name it by its dates
  }
}
