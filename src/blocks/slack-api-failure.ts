// Slack's own Web API failing under Call Log: usually brief (try again), else the app's installation (an admin).
import { context, message, type SlackMessage, section } from './kit.js';
import { userText } from './limits.js';

/** Slack's answers that mean it is having trouble, not that it refuses the app. */
const SLACK_TROUBLE = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

/**
 * Slack's Web API failed when Call Log asked it who the user is. Unreachable or in trouble: try again; any other
 * `slackError` (missing_scope, invalid_auth, …) is the app's installation, for an admin.
 */
export function renderSlackApiFailure(input: { referenceId: string; slackError?: string }): SlackMessage {
  const ref = userText(input.referenceId, 64);
  if (input.slackError !== undefined && !SLACK_TROUBLE.has(input.slackError)) {
    const code = userText(input.slackError, 64);
    return message(
      `Slack refused Call Log's question about who you are (${input.slackError}). An admin needs to check the app's installation. Reference: ${input.referenceId}`,
      [
        section(`:warning: Sorry — Slack refused Call Log's question about who you are (\`${code}\`).`),
        section(
          "*How an admin fixes it*\nCheck that the app is installed with the scopes `users:read` and `users:read.email`, and that `SLACK_BOT_TOKEN` is the workspace's current bot token, then restart the bot.",
        ),
        context(`Reference for the logs: \`${ref}\``),
      ],
    );
  }
  return message(
    `Sorry, Slack's API didn't answer when Call Log asked who you are, so it couldn't finish. Try again in a minute. Reference: ${input.referenceId}`,
    [
      section(
        ":warning: Sorry — Slack's API didn't answer when Call Log asked who you are, so it couldn't finish this. Please try again in a minute.",
      ),
      context(`If it keeps happening, give an admin this reference: \`${ref}\``),
    ],
  );
}
