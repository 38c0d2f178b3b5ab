import { AdminOnlyError } from '../errors.js';
import type { Audience } from '../query/types.js';
import type { AnswerDeps } from './deps.js';

/**
 * Company-wide views, other people's calls and the bot's permissions are for admins. Checked first, for the
 * user who typed or clicked, so a member's request never reaches RingCentral for data that is not theirs.
 */
export function requireAdmin(deps: AnswerDeps, userId: string, view: string): void {
  if (!deps.access.isAdmin(userId)) throw new AdminOnlyError(view, deps.access.admins());
}

/** How the user asked for someone else's calls, in the command's own words. */
export function audienceWord(audience: Exclude<Audience, { kind: 'mine' }>): string {
  switch (audience.kind) {
    case 'all':
      return 'all';
    case 'extension':
      return `ext ${audience.extensionNumber}`;
    case 'slackUser':
      return '@someone';
  }
}
