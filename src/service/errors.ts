// The service's typed errors live with every other typed error in ../errors.ts; this re-export goes once every
// caller imports them from there.
export {
  AuthFailedError,
  CallLogError,
  ErrorCode,
  MissingPermissionError,
  MissingUserPermissionError,
  NotFoundError,
  RangeNotSatisfiableError,
  RateLimitedError,
  UpstreamError,
} from '../errors.js';
