import { escapeMrkdwn } from './limits.js';

/** `<@U…>` for a real Slack user id; anything else is shown as escaped text, never as markup. */
export function mention(slackUserId: string): string {
  return /^[UW][A-Z0-9]{2,20}$/.test(slackUserId) ? `<@${slackUserId}>` : escapeMrkdwn(slackUserId.slice(0, 40));
}
