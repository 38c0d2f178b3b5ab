// "/calllog <text>" from one Slack user → the message that answers it. Throws the typed errors of ../errors.ts
// (bad input, not linked, admin only, and the service's); the caller renders each as a private reply.
import { renderActiveCalls, renderHelp, renderScopes, renderWhoAmI, type SlackMessage } from '../blocks/index.js';
import { parseCommand, USAGE } from '../query/index.js';
import { requireAdmin } from './admin-only.js';
import { resolveAudience } from './audience.js';
import { answerCallList } from './call-list.js';
import type { AnswerDeps, OnDelay } from './deps.js';
import { ownExtension } from './own-extension.js';
import { answerRecording } from './recording.js';

export async function answerCommand(
  deps: AnswerDeps,
  userId: string,
  text: string,
  onDelay: OnDelay,
): Promise<SlackMessage> {
  const zone = await deps.access.timeZone(userId);
  const query = parseCommand(text, { now: deps.now(), timeZone: zone.timeZone });
  switch (query.kind) {
    case 'help':
      return renderHelp(USAGE);
    case 'whoami':
      return renderWhoAmI({
        slackUserId: userId,
        extension: await ownExtension(deps, userId),
        timeZone: zone.timeZone,
        timeZoneSource: zone.source,
        isAdmin: deps.access.isAdmin(userId),
      });
    case 'scopes':
      requireAdmin(deps, userId, '`/calllog scopes`');
      return renderScopes({ report: await deps.service.permissionsReport(), timeZone: zone.timeZone, now: deps.now() });
    case 'recording':
      return answerRecording(deps, userId, { kind: 'typed', id: query.id }, onDelay);
    case 'active': {
      const { whose, title } = await resolveAudience(deps, userId, query.audience, 'active ');
      const calls = await deps.service.activeCalls(whose, onDelay);
      return renderActiveCalls(calls, { timeZone: zone.timeZone, now: deps.now(), ...(title ? { whose: title } : {}) });
    }
    case 'calls':
      return answerCallList(deps, userId, query, onDelay);
  }
}
