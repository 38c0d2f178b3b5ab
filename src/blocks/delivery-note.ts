// An answer that could not go where it was meant to (its response_url) arrives as a new private message or a DM,
// so it may not take the place of a "delayed" notice or sit under the command that asked for it. A line on top says
// which request it answers.
import { context, type SlackMessage } from './kit.js';
import { escapeMrkdwn, MAX_BLOCKS, MAX_FALLBACK_TEXT, truncateMrkdwn } from './limits.js';

export interface DeliveryNote {
  /** What the user typed or clicked, e.g. "/calllog today". */
  request?: string;
  /** A "delayed" notice went out for this request, which this message answers. */
  afterNotice: boolean;
}

export function withDeliveryNote(answer: SlackMessage, note: DeliveryNote): SlackMessage {
  const asked = note.request ? `your request \`${escapeMrkdwn(note.request)}\`` : 'your request';
  const line = note.afterNotice
    ? `Here is the answer to ${asked}, which was delayed.`
    : `Here is the answer to ${asked}.`;
  // Room for the line is made by dropping the last block: a full 50-block answer is already cut short anyway.
  const blocks = [context(line), ...answer.blocks].slice(0, MAX_BLOCKS);
  return { text: truncateMrkdwn(`${line} ${answer.text}`, MAX_FALLBACK_TEXT), blocks };
}
