// How the parser quotes a user's words back in a BadInputError (the error itself lives in ../errors.ts).

/** Quote a user's word for an error message; long pastes are cut so the message stays readable. */
export function quote(word: string): string {
  const short = word.length > 40 ? `${word.slice(0, 39)}…` : word;
  return `\`${short.replaceAll('`', "'")}\``;
}
