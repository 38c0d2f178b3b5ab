// Splitting "/calllog …" text into words. Slack's escaped mentions ("<@U1|bob smith>") stay whole.

export interface Token {
  /** As typed: ids and mentions keep their case. */
  text: string;
  /** Lower-cased, for matching keywords. */
  word: string;
}

// "2026-03-01 .. 2026-03-07" → "2026-03-01..2026-03-07", so a spaced range is still one word.
const SPACED_RANGE = /(\d{4}-\d{1,2}-\d{1,2})\s*\.\.\s*(\d{4}-\d{1,2}-\d{1,2})/g;

export function tokenise(text: string): Token[] {
  const words = text.replace(SPACED_RANGE, '$1..$2').match(/<[^<>]*>|[^\s<]+/g) ?? [];
  return words.map((w) => {
    const typed = w.startsWith('<') ? w : unescapeSlack(w);
    return { text: typed, word: typed.toLowerCase() };
  });
}

/**
 * Slack sends command text with its three control characters escaped (api.slack.com formatting: "&amp;",
 * "&lt;", "&gt;"); outside a <…> sequence they are what the user typed, and that is what an error quotes.
 */
function unescapeSlack(word: string): string {
  return word.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
