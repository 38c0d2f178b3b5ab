// Recognising "whose calls": mine, all, ext 101, and Slack's escaped mention <@U0123ABC|bob>.
import { BadInputError } from '../errors.js';
import { quote } from './errors.js';
import type { Token } from './tokens.js';
import type { Audience } from './types.js';

export interface WhosePhrase {
  audience: Audience;
  text: string;
  length: number;
}

const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/i;
export const EXTENSION_NUMBER = /^\d{1,10}$/;

/** The "whose" starting at tokens[i], or undefined if these words are not one. Throws on a malformed one. */
export function readWhose(tokens: readonly Token[], i: number): WhosePhrase | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const one = (audience: Audience): WhosePhrase => ({ audience, text: first.text, length: 1 });
  if (first.word === 'mine') return one({ kind: 'mine' });
  if (first.word === 'all') return one({ kind: 'all' });

  const mention = MENTION.exec(first.text);
  if (mention?.[1]) return one({ kind: 'slackUser', userId: mention[1].toUpperCase() });
  if (first.text.startsWith('@')) {
    // Slack only escapes people it recognised, so a bare "@bob" names nobody we can look up.
    throw new BadInputError(
      `I can't tell who ${quote(first.text)} is: pick the person from Slack's @ suggestions so the command carries their user id.`,
      first.text,
    );
  }

  const glued = /^ext\.?(\d+)$/.exec(first.word);
  if (glued?.[1]) return one(extension(glued[1], first.text));
  if (first.word === 'ext' || first.word === 'ext.') {
    const next = tokens[i + 1];
    if (!next || !/^\d+$/.test(next.word)) {
      throw new BadInputError(`${quote(first.text)} needs an extension number after it, e.g. \`ext 101\`.`, first.text);
    }
    return {
      audience: extension(next.word, `${first.text} ${next.text}`),
      text: `${first.text} ${next.text}`,
      length: 2,
    };
  }
  return undefined;
}

function extension(extensionNumber: string, text: string): Audience {
  if (!EXTENSION_NUMBER.test(extensionNumber)) {
    throw new BadInputError(`${quote(text)} is not an extension number: they are 1 to 10 digits.`, text);
  }
  return { kind: 'extension', extensionNumber };
}
