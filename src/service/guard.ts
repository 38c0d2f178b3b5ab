// Refuse before RingCentral is asked: a request the token cannot make would only spend budget on a 403.
import { MissingPermissionError } from '../errors.js';
import { type Capability, missingPermissions } from './permissions.js';

export function requireCapability(capability: Capability, granted: ReadonlySet<string>): void {
  const [missing] = missingPermissions(capability, granted);
  if (missing) throw new MissingPermissionError(missing, capability);
}
