// Whose calls a command or a button names, resolved for the user who typed or clicked: their own extension, or —
// for admins only, checked before anything is looked up — the company, an extension by number, or a Slack user
// by their profile email. A typed command and a replayed button go through here alike.
import { PersonNotLinkedError, UnknownExtensionError } from '../errors.js';
import type { Audience } from '../query/types.js';
import type { Extension, Whose } from '../service/types.js';
import { audienceWord, requireAdmin } from './admin-only.js';
import type { AnswerDeps } from './deps.js';
import { ownExtension } from './own-extension.js';

export interface ResolvedAudience {
  whose: Whose;
  /** The list's title, in the reader's words ("Company-wide calls", "Ext 101 · Alice Smith"); absent: "Your calls". */
  title?: string;
}

export const COMPANY_TITLE = 'Company-wide calls';

/** `prefix` is what the view's name starts with in the command ("active " for `active all`). */
export async function resolveAudience(
  deps: AnswerDeps,
  userId: string,
  audience: Audience,
  prefix = '',
): Promise<ResolvedAudience> {
  if (audience.kind === 'mine') {
    const extension = await ownExtension(deps, userId);
    return { whose: { kind: 'extension', extensionId: extension.id } };
  }
  requireAdmin(deps, userId, `the \`${prefix}${audienceWord(audience)}\` view`);
  switch (audience.kind) {
    case 'all':
      return { whose: { kind: 'account' }, title: COMPANY_TITLE };
    case 'extension': {
      const extension = await deps.service.extensionByNumber(audience.extensionNumber);
      if (!extension) throw new UnknownExtensionError(audience.extensionNumber);
      return ofExtension(extension);
    }
    case 'slackUser': {
      const link = await deps.access.link(audience.userId);
      if (link.kind !== 'linked') throw new PersonNotLinkedError(audience.userId, link.email);
      return ofExtension(link.extension);
    }
  }
}

function ofExtension(extension: Extension): ResolvedAudience {
  const number = extension.extensionNumber ? `Ext ${extension.extensionNumber}` : 'Extension';
  return {
    whose: { kind: 'extension', extensionId: extension.id },
    title: extension.name ? `${number} · ${extension.name}` : number,
  };
}
