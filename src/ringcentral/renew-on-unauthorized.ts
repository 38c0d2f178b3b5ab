// Every request leaves with a usable session: logged in, the token not about to expire. When RingCentral still
// refuses the token (401: expired early, revoked, killed by a refresh elsewhere), the session is renewed and
// the request sent once more. This wrapper is the outermost, so a failed login or refresh is final here: it is
// never retried or waited on as if it were the request's own failure.
import { errorCodeOf, RingCentralUnauthorizedError } from './errors.js';
import type { ClientLog, WaitListener, Wrapper } from './pipeline.js';

export interface RenewableSession {
  /** Resolves once a usable token is there: logs in without a session, renews a token about to expire. */
  ready(): Promise<void>;
  /** Renews the token of that generation (refresh, else JWT login), shared by everyone who asks at once. */
  renew(refusedGeneration: number): Promise<void>;
}

export interface RenewOptions {
  session: RenewableSession;
  log: ClientLog;
  /**
   * Lets a request hear the waits of the login or renewal it is held behind (the Auth budget, 5 a minute), so its
   * user is told the answer is delayed; returns how to stop listening.
   */
  watchAuthWaits?: (listener: WaitListener) => () => void;
}

export function renewOnUnauthorized({ session, log, watchAuthWaits }: RenewOptions): Wrapper {
  const heard = async (onWait: WaitListener | undefined, work: () => Promise<void>): Promise<void> => {
    const stop = onWait && watchAuthWaits ? watchAuthWaits(onWait) : undefined;
    try {
      await work();
    } finally {
      stop?.();
    }
  };
  return (next) => async (request) => {
    await heard(request.onWait, () => session.ready());
    try {
      return await next(request);
    } catch (error) {
      if (!(error instanceof RingCentralUnauthorizedError)) throw error;
      log.info('RingCentral access token refused; renewing the session', {
        path: request.route.path,
        errorCode: errorCodeOf(error.body),
      });
      await heard(request.onWait, () => session.renew(error.tokenGeneration));
      return next(request);
    }
  };
}
