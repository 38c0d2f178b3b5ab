import { NotLinkedError } from '../errors.js';
import type { Extension } from '../service/types.js';
import type { AnswerDeps } from './deps.js';

/** The user's own extension; a user no extension matches gets NotLinkedError with the email that was tried. */
export async function ownExtension(deps: AnswerDeps, userId: string): Promise<Extension> {
  const link = await deps.access.link(userId);
  if (link.kind === 'linked') return link.extension;
  throw new NotLinkedError(link.email);
}
