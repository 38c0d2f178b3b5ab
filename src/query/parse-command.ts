// "/calllog …" text → CallQuery. Words are case-insensitive and may come in any order; anything not
// understood is a BadInputError that quotes it, so nothing is fetched on a guess.

import { BadInputError } from '../errors.js';
import type { CallFilter } from '../service/types.js';
import { quote } from './errors.js';
import { CALL_FILTERS } from './filters.js';
import { MAX_COMMAND_LENGTH } from './limits.js';
import { normalisePhoneNumber } from './phone-number.js';
import { RECORDING_ID } from './play-button.js';
import { suggestWord } from './suggest.js';
import { isValidTimeZone } from './time-zone.js';
import { type Token, tokenise } from './tokens.js';
import type { Audience, CallQuery } from './types.js';
import { readWhen } from './when-phrases.js';
import { readWhose } from './whose-phrases.js';
import { resolveWindow, type WhenSpec } from './window.js';

export interface CommandContext {
  now: Date;
  /** IANA zone, already resolved by the caller: the user's Slack zone, else DEFAULT_TIMEZONE, else UTC. */
  timeZone: string;
}

/** Pairs no call can satisfy together: missed and unreturned calls are inbound and unanswered. */
const CONTRADICTIONS: ReadonlyArray<readonly [CallFilter, CallFilter]> = [
  ['inbound', 'outbound'],
  ['voice', 'fax'],
  ['missed', 'answered'],
  ['answered', 'voicemail'],
  ['answered', 'unreturned'],
  ['outbound', 'missed'],
  ['outbound', 'unreturned'],
];

const SUBCOMMANDS = ['active', 'recording', 'scopes', 'whoami', 'help'] as const;

/** Words a phone number can be split into: "+1", "(415)", "555-0100". */
const PHONE_PIECE = /^[+(]?\d[\d().-]*$/;

/** E.164 allows 15 digits; no longer run of pieces can be one number. */
const MAX_PHONE_DIGITS = 15;

/** The query `text` asks for, with its window resolved at `now` in `timeZone`. Throws BadInputError. */
export function parseCommand(text: string, context: CommandContext): CallQuery {
  if (!isValidTimeZone(context.timeZone))
    throw new RangeError(`parseCommand: "${context.timeZone}" is not an IANA time zone`);
  if (Number.isNaN(context.now.getTime())) throw new RangeError('parseCommand: now is not a valid date');
  if (text.length > MAX_COMMAND_LENGTH) {
    throw new BadInputError(
      `That command is ${text.length} characters long; I read at most ${MAX_COMMAND_LENGTH}. Try \`/calllog help\` for what I understand.`,
      text,
    );
  }

  const tokens = tokenise(text);
  const [first, ...rest] = tokens;
  switch (first?.word) {
    case 'active':
      return { kind: 'active', audience: parseActiveAudience(rest) };
    case 'recording':
      return { kind: 'recording', id: parseRecordingId(first, rest) };
    case 'scopes':
    case 'whoami':
    case 'help':
      refuseExtraWords(first, rest);
      return { kind: first.word };
    default:
      return parseCalls(tokens, context);
  }
}

function parseCalls(tokens: readonly Token[], context: CommandContext): CallQuery {
  let when: { spec: WhenSpec; text: string } | undefined;
  let whose: { audience: Audience; text: string } | undefined;
  let phone: { number: string; text: string } | undefined;
  const filters: CallFilter[] = [];

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token === undefined) break;
    const whosePhrase = readWhose(tokens, i);
    if (whosePhrase) {
      if (whose) throw twoOf('whose calls', whose.text, whosePhrase.text, 'mine, all, `ext 101` or @someone');
      whose = { audience: whosePhrase.audience, text: whosePhrase.text };
      i += whosePhrase.length;
      continue;
    }
    const whenPhrase = readWhen(tokens, i);
    if (whenPhrase) {
      if (when) throw twoOf('a time window', when.text, whenPhrase.text, 'one when, e.g. `today` or `last 7 days`');
      when = { spec: whenPhrase.when, text: whenPhrase.text };
      i += whenPhrase.length;
      continue;
    }
    const filter = CALL_FILTERS.find((f) => f === token.word);
    if (filter) {
      const clash = CONTRADICTIONS.find(
        ([a, b]) => (a === filter && filters.includes(b)) || (b === filter && filters.includes(a)),
      );
      if (clash) {
        const other = clash[0] === filter ? clash[1] : clash[0];
        throw new BadInputError(
          `\`${other}\` and ${quote(token.text)} contradict each other: no call is both.`,
          token.text,
        );
      }
      if (!filters.includes(filter)) filters.push(filter);
      i += 1;
      continue;
    }
    const phonePhrase = readPhone(tokens, i);
    if (phonePhrase) {
      if (phone) throw twoOf('a phone number', phone.text, phonePhrase.text, 'one number at a time');
      phone = { number: phonePhrase.number, text: phonePhrase.text };
      i += phonePhrase.length;
      continue;
    }
    throw unknownWord(token);
  }

  const spec = when?.spec ?? { kind: 'today' };
  return {
    kind: 'calls',
    when: spec,
    window: resolveWindow(spec, context.now, context.timeZone),
    filters,
    ...(phone ? { phoneNumber: phone.number } : {}),
    audience: whose?.audience ?? { kind: 'mine' },
  };
}

/** The longest run of number-like words from tokens[i] that reads as one phone number: "(415) 555-0100". */
function readPhone(tokens: readonly Token[], i: number): { number: string; text: string; length: number } | undefined {
  // No number has more than MAX_PHONE_DIGITS digits and every piece has one, so the run stays short and a text
  // of a thousand "1"s costs no more than one number: parsing is linear in the text.
  let end = i;
  let digits = 0;
  for (let next = tokens[end]; next !== undefined && continuesPhone(digits, end > i, next); next = tokens[end]) {
    digits += countDigits(next.word);
    end++;
    if (digits > MAX_PHONE_DIGITS) break;
  }
  for (; end > i; end--) {
    const text = tokens
      .slice(i, end)
      .map((t) => t.text)
      .join(' ');
    const number = normalisePhoneNumber(text);
    if (number) return { number, text, length: end - i };
  }
  return undefined;
}

/** "+…" always starts a new number, and "(…)" may only follow a country code: "+1 (415) 555-0100". */
function continuesPhone(digitsSoFar: number, started: boolean, next: Token): boolean {
  if (!PHONE_PIECE.test(next.word)) return false;
  if (!started) return true;
  if (next.word.startsWith('+')) return false;
  return !next.word.startsWith('(') || digitsSoFar <= 3;
}

function countDigits(word: string): number {
  return word.replace(/\D/g, '').length;
}

function parseActiveAudience(words: readonly Token[]): Audience {
  const whose = readWhose(words, 0);
  const next = words[whose?.length ?? 0];
  if (next) {
    throw new BadInputError(
      `\`active\` only takes whose calls (all, mine, \`ext 101\` or @someone), not ${quote(next.text)}.`,
      next.text,
      suggestWord(next.word, [
        ['all', 'all'],
        ['mine', 'mine'],
      ]),
    );
  }
  return whose?.audience ?? { kind: 'mine' };
}

function parseRecordingId(command: Token, words: readonly Token[]): string {
  const [id, extra] = words;
  if (!id)
    throw new BadInputError(
      '`recording` needs the id of a recording or call, e.g. `/calllog recording 123456`.',
      command.text,
    );
  if (!RECORDING_ID.test(id.text)) {
    throw new BadInputError(
      `${quote(id.text)} is not a recording id: ids are letters, digits, - and _ (up to 64).`,
      id.text,
    );
  }
  refuseExtraWords(command, extra ? [extra] : []);
  return id.text;
}

function refuseExtraWords(command: Token, extra: readonly Token[]): void {
  const [word] = extra;
  if (word) throw new BadInputError(`\`${command.word}\` takes nothing more: remove ${quote(word.text)}.`, word.text);
}

function twoOf(what: string, first: string, second: string, hint: string): BadInputError {
  return new BadInputError(`${quote(first)} and ${quote(second)} both give ${what}: use ${hint}.`, second);
}

function unknownWord(token: Token): BadInputError {
  const subcommand = SUBCOMMANDS.find((s) => s === token.word);
  if (subcommand) {
    return new BadInputError(
      `${quote(token.text)} has to be the first word: \`/calllog ${subcommand} …\`.`,
      token.text,
    );
  }
  if (PHONE_PIECE.test(token.word)) {
    return new BadInputError(
      `${quote(token.text)} is not a phone number I understand: write it with its country code (+442071234567) or as 10 US digits.`,
      token.text,
      /^\d{1,8}$/.test(token.word) ? `ext ${token.word}` : undefined,
    );
  }
  return new BadInputError(`I don't know the word ${quote(token.text)}.`, token.text, suggestWord(token.word));
}
