// Slash commands and button clicks as Slack would send them to the bot under test, each with a fresh response_url.
import type { RecordedMessage, SlackEmulator, SlackUser } from '../../src/local-slack/index.js';
import { blockActionsBody, EMULATED_TEAM, slashCommandBody } from '../../src/local-slack/index.js';

export const TEST_CHANNEL = 'C0TESTS';

export interface SlackRequest {
  body: string;
  /** Where the bot's answers to this request land. */
  responseUrl: string;
}

let triggers = 0;

export function slashCommand(slack: SlackEmulator, user: SlackUser, text: string): SlackRequest {
  const responseUrl = slack.newResponseUrl({ channelId: TEST_CHANNEL, userId: user.id });
  triggers += 1;
  const body = slashCommandBody({
    command: '/calllog',
    text,
    userId: user.id,
    userName: user.name,
    teamId: EMULATED_TEAM.id,
    channelId: TEST_CHANNEL,
    responseUrl,
    triggerId: `trigger.${triggers}`,
  });
  return { body, responseUrl };
}

/** A click on the button with `actionId` in `message`, by `user` (who may not be the one it was sent to). */
export function buttonClick(
  slack: SlackEmulator,
  user: SlackUser,
  message: RecordedMessage,
  actionId: string,
): SlackRequest {
  const value = buttonValue(message, actionId);
  if (value === undefined) throw new Error(`no ${actionId} button in "${message.body.text?.slice(0, 80)}"`);
  return buttonClickWithValue(slack, user, message, actionId, value);
}

/** A click carrying any value, e.g. a forged one. */
export function buttonClickWithValue(
  slack: SlackEmulator,
  user: SlackUser,
  message: RecordedMessage,
  actionId: string,
  value: string,
): SlackRequest {
  const responseUrl = slack.newResponseUrl({ channelId: TEST_CHANNEL, userId: user.id, messageTs: message.ts });
  const body = blockActionsBody({
    user: { id: user.id, name: user.name, teamId: EMULATED_TEAM.id },
    actionId,
    value,
    responseUrl,
    channelId: TEST_CHANNEL,
    message: {
      ts: message.ts,
      ...(message.body.text ? { text: message.body.text } : {}),
      ...(message.body.blocks ? { blocks: message.body.blocks } : {}),
    },
  });
  return { body, responseUrl };
}

/** The value of the button with `actionId`, wherever it sits: in an actions block, or a section's accessory. */
export function buttonValue(message: RecordedMessage, actionId: string): string | undefined {
  return buttons(message).find((button) => button.action_id === actionId)?.value;
}

/** Every button in a message, in order: actions blocks' elements and sections' accessories. */
export function buttons(message: RecordedMessage): Array<{ action_id?: string; value?: string; url?: string }> {
  const found: Array<{ type?: string; action_id?: string; value?: string; url?: string }> = [];
  for (const block of message.body.blocks ?? []) {
    const { elements, accessory } = block as { elements?: unknown; accessory?: unknown };
    if (Array.isArray(elements)) found.push(...(elements as typeof found));
    if (accessory && typeof accessory === 'object') found.push(accessory as (typeof found)[number]);
  }
  return found.filter((element) => element.type === 'button');
}

/** Every piece of text in a message, flattened: for asserting on what a reader sees. */
export function visibleText(message: RecordedMessage): string {
  const parts: string[] = [message.body.text ?? ''];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') parts.push(value);
        else if (key !== 'value') walk(value);
      }
    }
  };
  walk(message.body.blocks);
  return parts.join('\n');
}
