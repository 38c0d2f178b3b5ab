// Styled text → terminal lines: word wrapping to a width, columns, and ANSI styling when colour is on.

export interface Style {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
  underline?: boolean;
  dim?: boolean;
  tone?: 'primary' | 'danger';
  /** Preformatted (``` … ```): kept line for line, never re-wrapped. */
  pre?: boolean;
}

export interface Run {
  text: string;
  style: Style;
}

/** One terminal line: runs laid end to end. */
export type Line = Run[];

/** Columns a string takes in a terminal: emoji-presentation characters are two wide, selectors none. */
function visibleWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[\uFE00-\uFE0F\u200D]/u.test(ch)) continue;
    width += /\p{Emoji_Presentation}/u.test(ch) ? 2 : 1;
  }
  return width;
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, run) => sum + visibleWidth(run.text), 0);
}

/** Adds a block-level style (header, context, button tone) to every run. */
export function withStyle(runs: Run[], extra: Style): Run[] {
  return runs.map((run) => ({ text: run.text, style: { ...run.style, ...extra } }));
}

/**
 * Breaks runs into lines no wider than `width` at spaces. Newlines are kept; indentation after a newline is
 * kept; a word longer than the width gets a line of its own rather than being cut (it may be a URL to copy).
 */
export function wrapRuns(runs: Run[], width: number): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let pendingSpace: Run | undefined;
  let atHardBreak = true;
  const breakLine = () => {
    lines.push(line);
    line = [];
    pendingSpace = undefined;
  };

  for (const run of runs) {
    if (run.style.pre) {
      if (line.length > 0) breakLine();
      for (const text of run.text.split('\n')) {
        line.push({ text, style: run.style });
        breakLine();
      }
      atHardBreak = true;
      continue;
    }
    for (const piece of run.text.match(/\n| +|[^ \n]+/g) ?? []) {
      if (piece === '\n') {
        breakLine();
        atHardBreak = true;
      } else if (piece.startsWith(' ')) {
        if (line.length > 0 || atHardBreak) pendingSpace = { text: piece, style: run.style };
      } else {
        const word: Run = { text: piece, style: run.style };
        const spaceWidth = pendingSpace ? visibleWidth(pendingSpace.text) : 0;
        if (line.length > 0 && lineWidth(line) + spaceWidth + visibleWidth(piece) > width) breakLine();
        if (pendingSpace) line.push(pendingSpace);
        line.push(word);
        pendingSpace = undefined;
        atHardBreak = false;
      }
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Places two blocks of lines side by side, the left one padded to `leftWidth` plus a gutter. */
export function sideBySide(left: Line[], right: Line[], leftWidth: number, gutter = 2): Line[] {
  const rows = Math.max(left.length, right.length);
  const out: Line[] = [];
  for (let i = 0; i < rows; i++) {
    const l = left[i] ?? [];
    const r = right[i] ?? [];
    const pad = r.length > 0 ? ' '.repeat(leftWidth - lineWidth(l) + gutter) : '';
    out.push([...l, ...(pad ? [{ text: pad, style: {} }] : []), ...r]);
  }
  return out;
}

const SGR: ReadonlyArray<[keyof Style, string]> = [
  ['bold', '1'],
  ['dim', '2'],
  ['italic', '3'],
  ['underline', '4'],
  ['strike', '9'],
  ['code', '36'],
  ['link', '4;34'],
];

function sgrFor(style: Style): string {
  const codes = SGR.filter(([key]) => style[key]).map(([, code]) => code);
  if (style.tone === 'primary') codes.push('32');
  if (style.tone === 'danger') codes.push('31');
  return codes.join(';');
}

/** The line as a string; each stretch of one style opens and resets its own codes so nothing leaks past it. */
export function lineToString(line: Line, color: boolean): string {
  if (!color)
    return line
      .map((run) => run.text)
      .join('')
      .trimEnd();
  const stretches: Array<{ codes: string; text: string }> = [];
  for (const run of line) {
    const codes = sgrFor(run.style);
    const last = stretches.at(-1);
    if (last && last.codes === codes) last.text += run.text;
    else stretches.push({ codes, text: run.text });
  }
  return stretches
    .map(({ codes, text }) => (codes ? `\x1b[${codes}m${text}\x1b[0m` : text))
    .join('')
    .trimEnd();
}
