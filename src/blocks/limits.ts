// Slack's Block Kit limits (docs.slack.dev → Block Kit reference: blocks, block elements, composition objects).
// Every builder goes through these helpers, so no input — however long or odd — can produce a message Slack rejects.

export const MAX_BLOCKS = 50;
export const MAX_HEADER_TEXT = 150;
export const MAX_SECTION_TEXT = 3000;
export const MAX_FIELDS = 10;
export const MAX_FIELD_TEXT = 2000;
export const MAX_CONTEXT_ELEMENTS = 10;
/** A context element is a text object, which Slack caps like section text. */
export const MAX_CONTEXT_TEXT = 3000;
export const MAX_BUTTON_TEXT = 75;
export const MAX_BUTTON_VALUE = 2000;
/** Top-level `text`: Slack truncates beyond this, so we stop well before. */
export const MAX_FALLBACK_TEXT = 4000;

const ELLIPSIS = '…';

/**
 * At most `max` UTF-16 units, ending in "…" when cut. UTF-16 length is never below Slack's character count, so
 * the bound holds however Slack counts; a surrogate pair is never split.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}

/**
 * Like `truncate`, for mrkdwn that is already escaped: a cut never leaves half an entity ("&am…") that Slack would
 * show literally.
 */
export function truncateMrkdwn(mrkdwn: string, max: number): string {
  if (mrkdwn.length <= max) return mrkdwn;
  const cut = truncate(mrkdwn, max).slice(0, -ELLIPSIS.length);
  return cut.replace(/&[a-z]*$/, '') + ELLIPSIS;
}

/**
 * Slack's three control characters. Names and numbers come from RingCentral and Slack users; unescaped, a name
 * like "<!channel>" would ping a whole channel and "<http://x|y>" would forge a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Outside data as mrkdwn: cut to `max` visible characters first, then escaped, so the cut is on real text. */
export function userText(text: string, max: number): string {
  return escapeMrkdwn(truncate(text, max));
}

/** A view (the App Home) holds up to 100 blocks, twice a message's. */
export const MAX_VIEW_BLOCKS = 100;
