// Slack mrkdwn → styled runs of plain text, so the terminal can show what Slack would.
// Follows Slack's "Formatting text for app surfaces" rules: *bold*, _italic_, ~strike~, `code`, ```pre```,
// <url|label>, <@U…>, <#C…|name>, <!here>, and the three HTML entities Slack escapes (&lt; &gt; &amp;).
import type { Run, Style } from './text-layout.js';

export interface MrkdwnOptions {
  /** Slack user id → display name, so `<@U123>` reads as `@Dana` instead of `@U123`. */
  userNames?: Readonly<Record<string, string>>;
}

const EMOJI: Readonly<Record<string, string>> = {
  arrow_backward: '◀',
  arrow_forward: '▶',
  arrow_left: '←',
  arrow_right: '→',
  bar_chart: '📊',
  calendar: '📅',
  clock1: '🕐',
  headphones: '🎧',
  inbox_tray: '📥',
  information_source: 'ℹ',
  key: '🔑',
  link: '🔗',
  lock: '🔒',
  mag: '🔍',
  no_entry: '⛔',
  no_entry_sign: '🚫',
  outbox_tray: '📤',
  phone: '☎',
  telephone_receiver: '📞',
  warning: '⚠',
  white_check_mark: '✅',
  heavy_check_mark: '✔',
  x: '❌',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  speaker: '🔈',
  sound: '🔉',
  red_circle: '🔴',
  large_green_circle: '🟢',
  studio_microphone: '🎙',
  busts_in_silhouette: '👥',
  bust_in_silhouette: '👤',
  leftwards_arrow_with_hook: '↩',
  arrow_heading_up: '⤴',
  incoming_envelope: '📨',
  email: '📧',
  mailbox_with_mail: '📬',
  thinking_face: '🤔',
  construction: '🚧',
  wave: '👋',
  tada: '🎉',
  mute: '🔇',
  wastebasket: '🗑',
  stopwatch: '⏱',
  chart_with_upwards_trend: '📈',
  question: '❓',
  grey_question: '❔',
  bulb: '💡',
};

/** `:phone:` → ☎ for the shortcodes the bot is likely to use; unknown ones stay as typed. */
function replaceEmoji(text: string): string {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

/** Slack escapes only these three; everything else arrives literally. */
function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Plain text as Slack shows it: entities unescaped, shortcodes as emoji when `emoji` is on. */
export function plainTextRuns(text: string, emoji = true): Run[] {
  const unescaped = unescapeEntities(text);
  return [{ text: emoji ? replaceEmoji(unescaped) : unescaped, style: {} }];
}

// One alternative per construct; bold/italic/strike must sit on word boundaries, as in Slack.
const TOKEN = new RegExp(
  [
    '```([\\s\\S]*?)```',
    '`([^`\\n]+)`',
    '<([^<>\\n]+)>',
    '(?<![\\w*])\\*(?!\\s)([^*\\n]+?)(?<!\\s)\\*(?![\\w*])',
    '(?<![\\w_])_(?!\\s)([^_\\n]+?)(?<!\\s)_(?![\\w_])',
    '(?<![\\w~])~(?!\\s)([^~\\n]+?)(?<!\\s)~(?![\\w~])',
  ].join('|'),
  'g',
);

export function mrkdwnToRuns(text: string, options: MrkdwnOptions = {}, style: Style = {}): Run[] {
  const runs: Run[] = [];
  const plain = (s: string) => {
    if (s) runs.push({ text: replaceEmoji(unescapeEntities(s)), style });
  };
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    plain(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, pre, code, angle, bold, italic, strike] = m;
    if (pre !== undefined)
      runs.push({ text: unescapeEntities(pre.replace(/^\n|\n$/g, '')), style: { ...style, pre: true, code: true } });
    else if (code !== undefined) runs.push({ text: unescapeEntities(code), style: { ...style, code: true } });
    else if (angle !== undefined) runs.push(...angleToRuns(angle, options, style));
    else if (bold !== undefined) runs.push(...mrkdwnToRuns(bold, options, { ...style, bold: true }));
    else if (italic !== undefined) runs.push(...mrkdwnToRuns(italic, options, { ...style, italic: true }));
    else if (strike !== undefined) runs.push(...mrkdwnToRuns(strike, options, { ...style, strike: true }));
  }
  plain(text.slice(last));
  return runs;
}

/** `<…>`: mentions, channels, special commands, dates and links. */
function angleToRuns(inner: string, options: MrkdwnOptions, style: Style): Run[] {
  const bar = inner.indexOf('|');
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? unescapeEntities(inner.slice(bar + 1)) : undefined;
  const run = (text: string, extra: Style = {}): Run[] => [{ text, style: { ...style, ...extra } }];

  if (target.startsWith('@')) {
    const id = target.slice(1);
    return run(`@${label ?? options.userNames?.[id] ?? id}`, { bold: true });
  }
  if (target.startsWith('#')) return run(`#${label ?? target.slice(1)}`, { bold: true });
  if (target.startsWith('!date^')) return run(label ?? target);
  if (target.startsWith('!subteam^')) return run(label ?? '@group', { bold: true });
  if (target.startsWith('!')) return run(`@${target.slice(1)}`, { bold: true });

  const url = unescapeEntities(target);
  const shown = url.startsWith('mailto:') ? url.slice('mailto:'.length) : url;
  if (label === undefined || label === shown || label === url) return run(shown, { link: true });
  // Show the address too: in a terminal there is nothing to click.
  return [...run(label, { link: true }), ...run(` (${shown})`)];
}
