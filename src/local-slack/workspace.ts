// Who the local Slack is: one workspace, the bot user the app is installed as, and the app itself. auth.test
// reports them, the way Slack answers it for a bot token.
import type { ApiResult } from './web-api.js';

export const EMULATED_TEAM = { id: 'T0EMULATED', name: 'Emulated Workspace', domain: 'emulated' } as const;
export const EMULATED_BOT = { userId: 'U0CALLLOGBOT', botId: 'B0CALLLOG', name: 'calllog' } as const;
export const EMULATED_APP_ID = 'A0CALLLOG';

export function authTest(): ApiResult {
  return {
    ok: true,
    url: `https://${EMULATED_TEAM.domain}.slack.com/`,
    team: EMULATED_TEAM.name,
    user: EMULATED_BOT.name,
    team_id: EMULATED_TEAM.id,
    user_id: EMULATED_BOT.userId,
    bot_id: EMULATED_BOT.botId,
    is_enterprise_install: false,
  };
}
