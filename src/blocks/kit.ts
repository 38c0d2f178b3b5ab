// Block constructors that apply Slack's limits as they build, so callers can pass any text they have.
import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  SectionBlock,
} from '@slack/types';
import {
  escapeMrkdwn,
  MAX_BLOCKS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_CONTEXT_TEXT,
  MAX_FALLBACK_TEXT,
  MAX_FIELD_TEXT,
  MAX_FIELDS,
  MAX_HEADER_TEXT,
  MAX_SECTION_TEXT,
  truncate,
  truncateMrkdwn,
} from './limits.js';

/**
 * What every builder returns. `text` is the notification / screen-reader fallback Slack asks every message to
 * carry; builders pass it as plain text and `message` escapes it, since Slack parses it for mentions and links.
 */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Plain text, never parsed by Slack, so it is not escaped — only cut. */
export function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: nonEmpty(truncate(text, MAX_HEADER_TEXT)), emoji: true } };
}

/** `mrkdwn` must already be escaped (see `escapeMrkdwn`). */
export function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: nonEmpty(truncateMrkdwn(mrkdwn, MAX_SECTION_TEXT)) } };
}

/** Two-column label/value pairs; past ten, the rest are dropped (callers pass at most ten). */
export function fields(items: readonly string[]): SectionBlock {
  return {
    type: 'section',
    fields: items
      .slice(0, MAX_FIELDS)
      .map((t) => ({ type: 'mrkdwn', text: nonEmpty(truncateMrkdwn(t, MAX_FIELD_TEXT)) })),
  };
}

export function context(...mrkdwn: string[]): ContextBlock {
  return {
    type: 'context',
    elements: mrkdwn
      .slice(0, MAX_CONTEXT_ELEMENTS)
      .map((t) => ({ type: 'mrkdwn', text: nonEmpty(truncateMrkdwn(t, MAX_CONTEXT_TEXT)) })),
  };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function button(label: string, actionId: string, value: string, style?: 'primary'): Button {
  if (value.length > MAX_BUTTON_VALUE)
    throw new RangeError(`button value for ${actionId} is ${value.length} chars; Slack allows ${MAX_BUTTON_VALUE}`);
  return {
    type: 'button',
    text: { type: 'plain_text', text: nonEmpty(truncate(label, MAX_BUTTON_TEXT)), emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string, buttons: Button[]): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements: buttons };
}

/**
 * Sections holding `lines` joined by newlines, as few as fit in Slack's section limit. Lines are packed, never
 * dropped, so a caller that bounds the number of lines bounds the number of blocks.
 */
export function packedSections(lines: readonly string[]): SectionBlock[] {
  return packLines(lines, MAX_SECTION_TEXT).map(section);
}

/** `lines` joined by newlines into as few texts of at most `max` characters as possible (a longer line stands alone). */
export function packLines(lines: readonly string[], max: number): string[] {
  const texts: string[] = [];
  let current: string | undefined;
  for (const line of lines) {
    const joined = current === undefined ? line : `${current}\n${line}`;
    if (joined.length <= max) {
      current = joined;
    } else {
      if (current !== undefined) texts.push(current);
      current = line;
    }
  }
  if (current !== undefined) texts.push(current);
  return texts;
}

/**
 * The message as Slack will take it: a fallback text that is present and bounded, and at most 50 blocks. Builders
 * bound their own block counts; should one ever overrun, the reader is told rather than Slack rejecting it all.
 */
export function message(text: string, blocks: KnownBlock[]): SlackMessage {
  const fitted =
    blocks.length <= MAX_BLOCKS
      ? blocks
      : [...blocks.slice(0, MAX_BLOCKS - 1), context('_This message was shortened to fit Slack’s 50-block limit._')];
  return { text: nonEmpty(truncateMrkdwn(escapeMrkdwn(text), MAX_FALLBACK_TEXT)), blocks: fitted };
}

// Slack rejects empty text objects; a blank name must not break a whole message.
function nonEmpty(text: string): string {
  return text.trim() === '' ? '—' : text;
}
