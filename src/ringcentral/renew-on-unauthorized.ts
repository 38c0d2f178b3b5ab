// Every request leaves with a usable session: logged in, the token not about to expire. When RingCentral still
// refuses the token (401: expired early, revoked, killed by a refresh elsewhere), the session is renewed and
// the request sent once more. This wrapper is the outermost, so a failed login or refresh is final here: it is
// never retried or waited on as if it were the request's own failure.
import { errorCodeOf, RingCentralUnauthorizedError } from './errors.js';
import type { ClientLog, Wrapper } from './pipeline.js';

export interface RenewableSession {
  /** Resolves once a usable token is there: logs in without a session, renews a token about to expire. */
  ready(): Promise<void>;
  /** Renews the token of that generation (refresh, else JWT login), shared by everyone who asks at once. */
  renew(refusedGeneration: number): Promise<void>;
}

export function renewOnUnauthorized({ session, log }: { session: RenewableSession; log: ClientLog }): Wrapper {
  return (next) => async (request) => {
    await session.ready();
    try {
      return await next(request);
    } catch (error) {
      if (!(error instanceof RingCentralUnauthorizedError)) throw error;
      log.info('RingCentral access token refused; renewing the session', {
        path: request.route.path,
        errorCode: errorCodeOf(error.body),
      });
      await session.renew(error.tokenGeneration);
      return next(request);
    }
  };
}
