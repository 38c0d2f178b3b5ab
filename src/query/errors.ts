// The one error a user can cause by typing: callers show `message` with USAGE and fetch nothing.

/**
 * Something in the "/calllog …" text could not be understood.
 * `message` is mrkdwn (words quoted in backticks) but `&`, `<` and `>` are left as typed: escape before sending.
 * `suggestion` is not repeated in `message`; show it as "Did you mean …?".
 */
export class BadInputError extends Error {
  readonly code = 'calllog_bad_input';

  constructor(
    message: string,
    /** The word or phrase at fault, as the user typed it. */
    readonly word: string,
    /** A valid replacement for `word`, when one is close. */
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = 'BadInputError';
  }
}

/** Quote a user's word for an error message; long pastes are cut so the message stays readable. */
export function quote(word: string): string {
  const short = word.length > 40 ? `${word.slice(0, 39)}…` : word;
  return `\`${short.replaceAll('`', "'")}\``;
}
