// RingCentral's failures in the product's vocabulary. Whatever the client threw stays here; callers only
// ever see a CallLogError they can switch on.

import {
  AuthFailedError,
  CallLogError,
  MissingPermissionError,
  MissingUserPermissionError,
  NotFoundError,
  RangeNotSatisfiableError,
  RateLimitedError,
  UpstreamError,
} from '../errors.js';
import {
  RingCentralHttpError,
  RingCentralLoginError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
} from '../ringcentral/errors.js';
import { CAPABILITIES, type Capability, isPermission } from './permissions.js';

export function toCallLogError(error: unknown, capability: Capability): CallLogError {
  if (error instanceof CallLogError) return error;
  if (error instanceof RingCentralLoginError)
    return new AuthFailedError(
      `RingCentral refused the bot's login (${error.status}${error.errorCode ? ` ${error.errorCode}` : ''})`,
    );
  if (error instanceof RingCentralRateLimitError) return new RateLimitedError(error.retryAfterMs, error.group);
  if (error instanceof RingCentralHttpError) return fromHttpError(error, capability);
  if (error instanceof RingCentralNetworkError)
    return new UpstreamError(`RingCentral did not answer: ${error.message}`);
  return new UpstreamError(
    `Unexpected failure talking to RingCentral: ${error instanceof Error ? error.message : String(error)}`,
  );
}

function fromHttpError(error: RingCentralHttpError, capability: Capability): CallLogError {
  const details = [...(error.body.errors ?? []), error.body];
  const codes = new Set(details.map((d) => d.errorCode).filter(Boolean));
  const permissionName = details.map((d) => d.permissionName).find(Boolean);
  if (error.status === 403 && codes.has('CMN-408')) {
    return new MissingUserPermissionError(
      permissionName ?? CAPABILITIES[capability].userPermission ?? 'unknown',
      capability,
    );
  }
  if (error.status === 403 && (codes.has('CMN-401') || error.body.errorCode === 'InsufficientPermissions')) {
    const permission =
      permissionName && isPermission(permissionName) ? permissionName : CAPABILITIES[capability].permissions[0];
    if (permission) return new MissingPermissionError(permission, capability);
  }
  if (error.status === 401)
    return new AuthFailedError(
      `RingCentral refused the bot's session even after logging in again (${error.errorCode ?? 401})`,
    );
  if (error.status === 404) return new NotFoundError(`RingCentral has no such record (${error.errorCode ?? 404})`);
  if (error.status === 416) return new RangeNotSatisfiableError(error.headers['content-range']);
  if (error.status === 429) return new RateLimitedError(60_000);
  return new UpstreamError(
    `RingCentral answered ${error.status}${error.errorCode ? ` ${error.errorCode}` : ''}`,
    error.status,
  );
}
