// The bare exchanges at the bottom of every pipeline. API requests are built and sent by the SDK's own HTTP
// client with the access token added here, so none of the platform's implicit login, refresh or 401/429
// retries runs behind the wrappers' backs. Token-endpoint calls (login, refresh) stay the SDK's own.
import type { SDK } from '@ringcentral/sdk';
import { errorCodeOf, RingCentralHttpError, type RingCentralNetworkError } from './errors.js';
import { type FailedExchange, fromSdkFailure } from './http-failure.js';
import type { ClientLog, RingCentralRequest, Send } from './pipeline.js';
import { cleanQuery } from './query.js';

export interface AccessToken {
  /** The Authorization header value. */
  authorization: string;
  /** Which token this is; a 401 names it, so a token already replaced is not renewed twice. */
  generation: number;
}

export interface ApiSendOptions {
  sdk: SDK;
  /** The token to send now, read once per exchange. */
  token: () => Promise<AccessToken>;
  log: ClientLog;
  now: () => number;
}

/** One API request with the current access token. */
export function apiSend({ sdk, token, log, now }: ApiSendOptions): Send {
  const platform = sdk.platform();
  const http = sdk.client();
  return async (request) => {
    const { authorization, generation } = await token();
    const query = request.query ? cleanQuery(request.query) : {};
    const built = http.createRequest({
      method: request.route.endpoint.method,
      url: request.origin
        ? request.origin + request.route.path
        : platform.createUrl(request.route.path, { addServer: true }),
      query: Object.keys(query).length > 0 ? query : undefined,
      headers: { ...request.headers, Authorization: authorization, 'X-User-Agent': platform.userAgent },
      ...(request.signal ? { signal: request.signal } : {}),
    });
    request.onExchange?.();
    return exchange(request, () => http.sendRequest(built), { log, now, tokenGeneration: generation });
  };
}

/** One of the SDK's own token-endpoint calls (JWT login, refresh), as a Send whose failures are ours. */
export function sdkSend(call: () => Promise<Response>, { log, now }: { log: ClientLog; now: () => number }): Send {
  return (request) => exchange(request, call, { log, now });
}

async function exchange(
  request: RingCentralRequest,
  call: () => Promise<Response>,
  { log, now, tokenGeneration }: { log: ClientLog; now: () => number; tokenGeneration?: number },
): Promise<Response> {
  const { path, endpoint } = request.route;
  const started = now();
  try {
    const response = await call();
    log.debug('RingCentral request', { path, group: endpoint.group, status: response.status, ms: now() - started });
    return response;
  } catch (error) {
    const failed: FailedExchange = { path, group: endpoint.group, at: now() };
    if (tokenGeneration !== undefined) failed.tokenGeneration = tokenGeneration;
    const failure: RingCentralHttpError | RingCentralNetworkError = await fromSdkFailure(error, failed);
    log.debug('RingCentral request failed', {
      path,
      group: endpoint.group,
      ...(failure instanceof RingCentralHttpError
        ? { status: failure.status, errorCode: errorCodeOf(failure.body) }
        : { error: failure.message }),
      ms: now() - started,
    });
    throw failure;
  }
}
