import { header, message, packLines, type SlackMessage, section } from './kit.js';
import { escapeMrkdwn, MAX_SECTION_TEXT } from './limits.js';

const FENCE = '```';

/** `usage` is the command reference the query parser owns, shown verbatim in code blocks. */
export function renderHelp(usage: string): SlackMessage {
  // Each section is its own code block, so a long usage text splits between lines, never inside a fence.
  const chunks = packLines(escapeMrkdwn(usage).split('\n'), MAX_SECTION_TEXT - 2 * FENCE.length);
  return message(`How to use /calllog:\n${usage}`, [
    header('How to use /calllog'),
    ...chunks.map((c) => section(`${FENCE}${c}${FENCE}`)),
  ]);
}
