// The response_url Slack hands out with each slash command and click: up to 5 messages within 30 minutes, then
// 404. A message posted there is ephemeral to the user who asked unless it says `in_channel`, and
// `replace_original` takes the place (and the ts) of the message it replaces.
import { randomBytes } from 'node:crypto';
import { asMessage, hasContent, type MessageStore } from './message-store.js';
import type { Reply, Route } from './server.js';
import type { ResponseUrlContext, ResponseUrlFault } from './types.js';
import { EMULATED_TEAM } from './workspace.js';

const RESPONSE_URL_USES = 5;
const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

export const RESPONSE_URL_PATH = '/response/';

export interface ResponseUrls {
  /** A fresh URL for one interaction. */
  issue(context?: ResponseUrlContext): string;
  route: Route;
  /** Makes `url` (or, without one, every response_url) fail as told; undefined restores it. */
  fail(fault: ResponseUrlFault | undefined, url?: string): void;
}

interface ResponseUrlState {
  context: ResponseUrlContext;
  issuedAt: number;
  uses: number;
  /** The ts of the message this response_url last wrote, for replace_original. */
  ts?: string;
}

export function createResponseUrls(baseUrl: string, store: MessageStore, now: () => number = Date.now): ResponseUrls {
  const issued = new Map<string, ResponseUrlState>();
  const faults = new Map<string | undefined, ResponseUrlFault>();
  const urlOf = (id: string): string => `${baseUrl}${RESPONSE_URL_PATH}${id}`;

  const answer = (id: string, body: Record<string, unknown>): Reply | Promise<Reply> => {
    const fault = faults.get(urlOf(id)) ?? faults.get(undefined);
    // A hanging response_url never answers; the server drops the connection when it closes.
    if (fault === 'hang') return new Promise<Reply>(() => {});
    if (fault === 404) return { status: 404, text: 'invalid_url' };
    if (fault === 500) return { status: 500, text: 'internal_error' };
    return post(id, body);
  };

  const post = (id: string, body: Record<string, unknown>): Reply => {
    const state = issued.get(id);
    if (!state) return { status: 404, text: 'invalid_url' };
    if (now() - state.issuedAt > RESPONSE_URL_LIFETIME_MS) return { status: 404, text: 'expired_url' };
    if (state.uses >= RESPONSE_URL_USES) return { status: 404, text: 'used_url' };
    if (!hasContent(body) && body.delete_original !== true) return { status: 400, text: 'no_text' };
    state.uses += 1;
    const message = asMessage(body);
    // A replacement takes the place of the message it replaces; anything else is a new message.
    const ts = message.replace_original === true && state.ts !== undefined ? state.ts : store.nextTs();
    state.ts = ts;
    store.record({
      via: 'response_url',
      body: message,
      ts,
      responseUrl: urlOf(id),
      ...(state.context.channelId ? { channel: state.context.channelId } : {}),
      ...(state.context.userId && message.response_type !== 'in_channel' ? { user: state.context.userId } : {}),
    });
    return { status: 200, text: 'ok' };
  };

  return {
    issue(context = {}) {
      const id = `${EMULATED_TEAM.id}/${randomBytes(6).toString('hex')}`;
      issued.set(id, {
        context,
        issuedAt: now(),
        uses: 0,
        ...(context.messageTs ? { ts: context.messageTs } : {}),
      });
      return urlOf(id);
    },
    route: { prefix: RESPONSE_URL_PATH, handle: ({ rest, body }) => answer(rest, body) },
    fail(fault, url) {
      if (fault === undefined) faults.delete(url);
      else faults.set(url, fault);
    },
  };
}
