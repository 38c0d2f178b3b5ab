// A list of calls: asked for by "/calllog …", or replayed by a button for whoever clicks it. Either way the calls are
// the asking user's own, in the asking user's zone — a button never carries anyone's rights.
import { renderCallList, renderSharedSummary, type SlackMessage } from '../blocks/index.js';
import { NotAvailableYetError } from '../errors.js';
import { type ListState, listStateOf } from '../query/list-state.js';
import type { CallsQuery } from '../query/types.js';
import { resolveWindow, windowLabel } from '../query/window.js';
import type { CallsResult } from '../service/types.js';
import { audienceWord, requireAdmin } from './admin-only.js';
import type { AnswerDeps, OnDelay } from './deps.js';
import { ownExtension } from './own-extension.js';

/** The first page of the list a command asked for. */
export async function answerCallList(deps: AnswerDeps, userId: string, query: CallsQuery, onDelay: OnDelay) {
  return callList(await ownCalls(deps, userId, query, onDelay), query, 0);
}

/** A Prev/Next click: the same window, page `state.page`, for the clicking user. */
export async function answerPageTurn(
  deps: AnswerDeps,
  userId: string,
  state: ListState,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const query = await replayQuery(deps, userId, state);
  return callList(await ownCalls(deps, userId, query, onDelay), query, state.page);
}

/** "Share in channel": the clicking user's own numbers for that window, for everyone in the channel to read. */
export async function answerShare(
  deps: AnswerDeps,
  userId: string,
  state: ListState,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const query = await replayQuery(deps, userId, state);
  const result = await ownCalls(deps, userId, query, onDelay);
  return renderSharedSummary({ summary: result.summary, window: query.window, sharedBy: userId });
}

function callList(result: CallsResult, query: CallsQuery, page: number): SlackMessage {
  return renderCallList({
    result,
    window: query.window,
    state: listStateOf(query, page),
    filters: query.filters,
    ...(query.phoneNumber ? { phoneNumber: query.phoneNumber } : {}),
  });
}

/** The user's own calls in the query's window; its zone is the user's, as parsing or replaying resolved it. */
async function ownCalls(deps: AnswerDeps, userId: string, query: CallsQuery, onDelay: OnDelay): Promise<CallsResult> {
  if (query.audience.kind !== 'mine') {
    const view = `the \`${audienceWord(query.audience)}\` view`;
    requireAdmin(deps, userId, view);
    throw new NotAvailableYetError(view);
  }
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
