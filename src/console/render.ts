// A Slack message (Block Kit) → lines a terminal can show, plus the buttons numbered so they can be "clicked".
// Pure: the message comes from the bot over HTTP, so every field is checked rather than trusted.
import { type MrkdwnOptions, mrkdwnToRuns, plainTextRuns } from './mrkdwn.js';
import { type Line, lineToString, lineWidth, type Run, sideBySide, withStyle, wrapRuns } from './text-layout.js';

export interface RenderableMessage {
  text?: string;
  blocks?: unknown[];
  response_type?: string;
}

export interface RenderOptions extends MrkdwnOptions {
  /** ANSI bold/dim/colour; off for pipes and tests. */
  color?: boolean;
  /** Terminal columns to wrap at (default 80). */
  width?: number;
  /** Number given to the first button, so several messages shown together can share one numbering. */
  firstButtonNumber?: number;
}

export interface NumberedButton {
  number: number;
  actionId: string;
  value?: string;
  text: string;
  blockId?: string;
  /** Link buttons open this address in Slack (and still send an action). */
  url?: string;
}

export interface RenderedMessage {
  lines: string[];
  buttons: NumberedButton[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

export function renderForTerminal(message: RenderableMessage, opts: RenderOptions = {}): RenderedMessage {
  const width = Math.max(20, opts.width ?? 80);
  const out: Line[] = [];
  const buttons: NumberedButton[] = [];
  let nextNumber = opts.firstButtonNumber ?? 1;

  const textRuns = (obj: unknown): Run[] => {
    if (!isObj(obj)) return [];
    const text = str(obj.text) ?? '';
    return obj.type === 'mrkdwn' ? mrkdwnToRuns(text, opts) : plainTextRuns(text, obj.emoji !== false);
  };
  const push = (lines: Line[]) => out.push(...lines);

  /** Registers a button element and returns its chip, e.g. "[2 Next ▶]". */
  const chip = (element: Obj, blockId: string | undefined): Line => {
    const label = textRuns(element.text)
      .map((r) => r.text)
      .join('');
    const url = str(element.url);
    const button: NumberedButton = { number: nextNumber++, actionId: str(element.action_id) ?? '', text: label };
    const value = str(element.value);
    if (value !== undefined) button.value = value;
    if (blockId !== undefined) button.blockId = blockId;
    if (url !== undefined) button.url = url;
    buttons.push(button);
    const tone = element.style === 'primary' || element.style === 'danger' ? element.style : undefined;
    return [
      { text: `[${button.number} ${label}${url ? ' ↗' : ''}]`, style: { bold: true, ...(tone ? { tone } : {}) } },
    ];
  };

  /** Lays chips out left to right, wrapping to the width; link buttons list their address beneath. */
  const controls = (elements: unknown[], blockId: string | undefined) => {
    const chips: Line[] = [];
    const links: Line[] = [];
    for (const element of elements) {
      if (!isObj(element)) continue;
      if (element.type === 'button') {
        chips.push(chip(element, blockId));
        const last = buttons.at(-1);
        if (last?.url) links.push([{ text: `  ${last.number} → ${last.url}`, style: { dim: true } }]);
      } else {
        const placeholder = textRuns(element.placeholder)
          .map((r) => r.text)
          .join('');
        chips.push([
          { text: `[${String(element.type)}${placeholder ? `: ${placeholder}` : ''}]`, style: { dim: true } },
        ]);
      }
    }
    let row: Line = [];
    for (const c of chips) {
      if (row.length > 0 && lineWidth(row) + 2 + lineWidth(c) > width) {
        out.push(row);
        row = [];
      }
      row = row.length > 0 ? [...row, { text: '  ', style: {} }, ...c] : [...c];
    }
    if (row.length > 0) out.push(row);
    push(links);
  };

  const fields = (items: unknown[]) => {
    const runs = items.map(textRuns);
    const column = Math.floor((width - 2) / 2);
    const fitsInColumn = runs.every((r) => wrapRuns(r, Number.MAX_SAFE_INTEGER).every((l) => lineWidth(l) <= column));
    if (!fitsInColumn) {
      for (const r of runs) push(wrapRuns(r, width));
      return;
    }
    for (let i = 0; i < runs.length; i += 2) {
      push(sideBySide(wrapRuns(runs[i] ?? [], column), wrapRuns(runs[i + 1] ?? [], column), column));
    }
  };

  const block = (b: Obj) => {
    const blockId = str(b.block_id);
    switch (b.type) {
      case 'header': {
        const lines = wrapRuns(withStyle(textRuns(b.text), { bold: true, underline: true }), width);
        push(lines);
        if (!opts.color) push([[{ text: '═'.repeat(Math.max(...lines.map(lineWidth), 1)), style: {} }]]);
        return;
      }
      case 'section':
        if (b.text !== undefined) push(wrapRuns(textRuns(b.text), width));
        if (Array.isArray(b.fields)) fields(b.fields);
        if (isObj(b.accessory) && b.accessory.type !== 'image') controls([b.accessory], blockId);
        return;
      case 'context': {
        const parts = list(b.elements)
          .filter((e) => isObj(e) && e.type !== 'image')
          .map((e) => textRuns(e));
        const joined = parts.flatMap((runs, i) => (i === 0 ? runs : [{ text: '  ·  ', style: {} }, ...runs]));
        push(wrapRuns(withStyle(joined, { dim: true }), width));
        return;
      }
      case 'divider':
        push([[{ text: '─'.repeat(width), style: { dim: true } }]]);
        return;
      case 'actions':
        controls(list(b.elements), blockId);
        return;
      case 'image':
        push([[{ text: `[image: ${str(b.alt_text) ?? ''}]`, style: { dim: true } }]]);
        return;
      case 'rich_text':
        push(wrapRuns([{ text: richText(b), style: {} }], width));
        return;
      default:
        push([[{ text: `[${String(b.type)} block]`, style: { dim: true } }]]);
    }
  };

  if (message.response_type === 'ephemeral')
    push([[{ text: '(only visible to you)', style: { dim: true, italic: true } }]]);
  const blocks = list(message.blocks).filter(isObj);
  if (blocks.length > 0) blocks.forEach(block);
  else if (message.text) push(wrapRuns(mrkdwnToRuns(message.text, opts), width));

  return { lines: out.map((line) => lineToString(line, opts.color ?? false)), buttons };
}

/** The words of a rich_text block, without its styling (the bot sends mrkdwn; this is a fallback). */
function richText(node: unknown): string {
  if (!isObj(node)) return '';
  if (node.type === 'text' || node.type === 'link') return str(node.text) ?? str(node.url) ?? '';
  if (node.type === 'user') return `@${str(node.user_id) ?? ''}`;
  if (node.type === 'emoji') return `:${str(node.name) ?? ''}:`;
  return list(node.elements)
    .map(richText)
    .join(node.type === 'rich_text' ? '\n' : '');
}
