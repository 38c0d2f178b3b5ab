// Slack's Web API at /api/{method}: the token check every bot-token method shares, a record of every call, and
// a table of methods, so a new method is one entry. Slack answers HTTP 200 with `ok: false` for API errors.
import type { Route } from './server.js';
import type { ApiCall } from './types.js';

export type ApiResult = Record<string, unknown> & { ok: boolean };

/** A method that takes the bot token: the call's arguments (the token taken out) → Slack's answer. */
export type WebApiMethod = (args: Record<string, unknown>) => ApiResult;

/** A method that takes an app-level token, which Slack reads only from the Authorization header. */
export type AppLevelMethod = (appToken: string | undefined) => ApiResult;

export interface WebApiOptions {
  /** When set, bot-token methods refuse any other token; otherwise any token, or none, will do. */
  botToken?: string;
  methods: Record<string, WebApiMethod>;
  appLevelMethods?: Record<string, AppLevelMethod>;
}

export interface WebApi {
  /** Every call, in order, with its arguments but never its token. */
  calls: ApiCall[];
  route: Route;
  /** From now on `method` answers `{ ok: false, error }` (e.g. `user_not_in_channel`); undefined restores it. */
  refuse(method: string, error: string | undefined): void;
}

export const WEB_API_PATH = '/api/';

export function createWebApi(options: WebApiOptions): WebApi {
  const calls: ApiCall[] = [];
  const appLevel = options.appLevelMethods ?? {};
  const refusals = new Map<string, string>();

  const call = (method: string, authorization: string | undefined, args: Record<string, unknown>): ApiResult => {
    const { token, ...rest } = args;
    calls.push({ method, body: rest, at: new Date() });
    const bearer = bearerToken(authorization);
    const appLevelMethod = appLevel[method];
    if (appLevelMethod) return appLevelMethod(bearer);
    const handler = options.methods[method];
    if (!handler) return { ok: false, error: 'unknown_method' };
    // Bot-token methods also take the token as a form field, as older clients send it.
    const given = bearer ?? (typeof token === 'string' ? token : undefined);
    if (options.botToken !== undefined) {
      if (!given) return { ok: false, error: 'not_authed' };
      if (given !== options.botToken) return { ok: false, error: 'invalid_auth' };
    }
    const refusal = refusals.get(method);
    if (refusal !== undefined) return { ok: false, error: refusal };
    return handler(rest);
  };

  return {
    calls,
    refuse(method, error) {
      if (error === undefined) refusals.delete(method);
      else refusals.set(method, error);
    },
    route: {
      prefix: WEB_API_PATH,
      handle: ({ rest, query, body, headers }) => ({
        status: 200,
        json: call(rest, headers.authorization, { ...Object.fromEntries(query), ...body }),
      }),
    },
  };
}

function bearerToken(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}
