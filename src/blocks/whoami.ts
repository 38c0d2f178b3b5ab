// "/calllog whoami": which extension a Slack user is linked to and which zone their days are counted in.
import { fields, header, message, type SlackMessage } from './kit.js';
import { userText } from './limits.js';
import { mention } from './mention.js';

export interface WhoAmIInput {
  slackUserId: string;
  extension: { extensionNumber: string; name: string; email?: string };
  timeZone: string;
  /** Where the zone came from: the user's Slack profile, DEFAULT_TIMEZONE, or the UTC fallback. */
  timeZoneSource: 'slack' | 'default' | 'utc';
  isAdmin: boolean;
}

const ZONE_SOURCE: Record<WhoAmIInput['timeZoneSource'], string> = {
  slack: 'from your Slack profile',
  default: 'the workspace default — your Slack profile has no time zone',
  utc: 'UTC fallback — neither your Slack profile nor the bot sets a time zone',
};

export function renderWhoAmI(input: WhoAmIInput): SlackMessage {
  const { extension } = input;
  const items = [
    `*Slack user*\n${mention(input.slackUserId)}`,
    `*RingCentral extension*\n${userText(extension.extensionNumber, 20)} · ${userText(extension.name, 100)}`,
    ...(extension.email ? [`*Email*\n${userText(extension.email, 200)}`] : []),
    `*Time zone*\n${userText(input.timeZone, 64)} (${ZONE_SOURCE[input.timeZoneSource]})`,
    `*Role*\n${input.isAdmin ? 'Admin: may see company-wide calls, other extensions and scopes' : 'Member: sees your own calls'}`,
  ];
  const text = `You are linked to RingCentral extension ${extension.extensionNumber} (${extension.name}); times are in ${input.timeZone}.`;
  return message(text, [header('Who you are to Call Log'), fields(items)]);
}
