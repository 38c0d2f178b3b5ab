// An independent check of a Slack message or view against Block Kit's documented limits (docs.slack.dev →
// Reference → Block Kit: blocks, block elements, composition objects; Views: "Home tab views"). Written from the
// docs, not from src/blocks, so a limit misread there is caught here. The fake Slack runs it on every message and
// every views.publish; empty result = Slack would accept it.

const MAX_BLOCKS = 50;
const MAX_BLOCK_ID = 255;
const MAX_ACTION_ID = 255;
const MAX_HEADER = 150;
const MAX_SECTION_TEXT = 3000;
const MAX_FIELDS = 10;
const MAX_FIELD_TEXT = 2000;
const MAX_CONTEXT_ELEMENTS = 10;
const MAX_ACTIONS_ELEMENTS = 25;
const MAX_BUTTON_TEXT = 75;
const MAX_BUTTON_VALUE = 2000;
const MAX_URL = 3000;
const MAX_TEXT_OBJECT = 3000;
/** chat.postMessage: "truncates text containing more than 40,000 characters". */
const MAX_MESSAGE_TEXT = 40000;
/** Home tab view object: blocks "Max of 100", private_metadata "Max length of 3000", callback_id "Max length of 255". */
const MAX_VIEW_BLOCKS = 100;
const MAX_PRIVATE_METADATA = 3000;
const MAX_CALLBACK_ID = 255;

const KNOWN_BLOCK_TYPES = new Set([
  'actions',
  'context',
  'context_actions',
  'divider',
  'file',
  'header',
  'image',
  'input',
  'markdown',
  'rich_text',
  'section',
  'table',
  'video',
]);

type Json = Record<string, unknown>;

export function blockKitViolations(message: { text?: unknown; blocks?: unknown }): string[] {
  const out: string[] = [];
  const hasText = typeof message.text === 'string' && message.text.trim() !== '';
  const hasBlocks = Array.isArray(message.blocks) && message.blocks.length > 0;
  if (!hasText && !hasBlocks) out.push('message has neither text nor blocks');
  if (message.text !== undefined && typeof message.text !== 'string') out.push('text: not a string');
  if (typeof message.text === 'string' && message.text.length > MAX_MESSAGE_TEXT) {
    out.push(`text: ${message.text.length} chars > ${MAX_MESSAGE_TEXT}`);
  }
  if (message.blocks === undefined) return out;
  checkBlocks(message.blocks, MAX_BLOCKS, out);
  return out;
}

/** A view for views.publish: a `home` view whose blocks follow the same rules, up to 100 of them. */
export function homeViewViolations(view: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (view.type !== 'home') out.push(`type: ${JSON.stringify(view.type)} is not "home"`);
  if (view.blocks === undefined) out.push('blocks: required');
  else checkBlocks(view.blocks, MAX_VIEW_BLOCKS, out);
  checkOptionalString(view.private_metadata, 'private_metadata', MAX_PRIVATE_METADATA, out);
  checkOptionalString(view.callback_id, 'callback_id', MAX_CALLBACK_ID, out);
  if (view.external_id !== undefined && typeof view.external_id !== 'string') out.push('external_id: not a string');
  for (const field of ['title', 'submit', 'close']) {
    if (view[field] !== undefined) out.push(`${field}: only modals have one`);
  }
  return out;
}

function checkBlocks(blocks: unknown, max: number, out: string[]): void {
  if (!Array.isArray(blocks)) return void out.push('blocks: not an array');
  if (blocks.length > max) out.push(`blocks: ${blocks.length} blocks > ${max}`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  for (const [i, block] of blocks.entries()) checkBlock(block, `blocks[${i}]`, { out, blockIds, actionIds });
}

function checkOptionalString(value: unknown, at: string, max: number, out: string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string') out.push(`${at}: not a string`);
  else if (value.length > max) out.push(`${at}: ${value.length} chars > ${max}`);
}

interface Seen {
  out: string[];
  blockIds: Set<string>;
  actionIds: Set<string>;
}

function checkBlock(block: unknown, at: string, seen: Seen): void {
  const { out } = seen;
  if (!isObject(block)) return void out.push(`${at}: not an object`);
  const type = block.type;
  if (typeof type !== 'string' || !KNOWN_BLOCK_TYPES.has(type))
    return void out.push(`${at}: unknown block type ${JSON.stringify(type)}`);
  const here = `${at} (${type})`;
  if (block.block_id !== undefined) {
    if (typeof block.block_id !== 'string' || block.block_id === '')
      out.push(`${here}.block_id: not a non-empty string`);
    else {
      if (block.block_id.length > MAX_BLOCK_ID)
        out.push(`${here}.block_id: ${block.block_id.length} chars > ${MAX_BLOCK_ID}`);
      if (seen.blockIds.has(block.block_id)) out.push(`${here}.block_id: duplicate "${block.block_id}"`);
      seen.blockIds.add(block.block_id);
    }
  }
  switch (type) {
    case 'header':
      checkTextObject(block.text, `${here}.text`, MAX_HEADER, out, 'plain_text');
      break;
    case 'section':
      checkSection(block, here, seen);
      break;
    case 'context':
      checkList(block.elements, `${here}.elements`, MAX_CONTEXT_ELEMENTS, out, (el, elAt) => {
        if (isObject(el) && el.type === 'image') checkImageElement(el, elAt, out);
        else checkTextObject(el, elAt, MAX_TEXT_OBJECT, out);
      });
      break;
    case 'actions':
      checkList(block.elements, `${here}.elements`, MAX_ACTIONS_ELEMENTS, out, (el, elAt) =>
        checkElement(el, elAt, seen),
      );
      break;
    case 'image':
      checkUrl(block.image_url, `${here}.image_url`, out);
      if (typeof block.alt_text !== 'string' || block.alt_text === '') out.push(`${here}.alt_text: required`);
      break;
    default:
      // divider has nothing to check; the other known types are not used by this app and are accepted as is.
      break;
  }
}

function checkSection(block: Json, here: string, seen: Seen): void {
  const { out } = seen;
  if (block.text === undefined && block.fields === undefined) out.push(`${here}: needs text or fields`);
  if (block.text !== undefined) checkTextObject(block.text, `${here}.text`, MAX_SECTION_TEXT, out);
  if (block.fields !== undefined) {
    checkList(block.fields, `${here}.fields`, MAX_FIELDS, out, (f, fAt) =>
      checkTextObject(f, fAt, MAX_FIELD_TEXT, out),
    );
  }
  if (block.accessory !== undefined) checkElement(block.accessory, `${here}.accessory`, seen);
}

function checkElement(element: unknown, at: string, seen: Seen): void {
  const { out } = seen;
  if (!isObject(element) || typeof element.type !== 'string') return void out.push(`${at}: not an element`);
  const here = `${at} (${element.type})`;
  if (element.type === 'image') {
    checkImageElement(element, here, out);
    return;
  }
  if (element.action_id !== undefined) {
    if (typeof element.action_id !== 'string' || element.action_id === '')
      out.push(`${here}.action_id: not a non-empty string`);
    else {
      if (element.action_id.length > MAX_ACTION_ID)
        out.push(`${here}.action_id: ${element.action_id.length} chars > ${MAX_ACTION_ID}`);
      if (seen.actionIds.has(element.action_id)) out.push(`${here}.action_id: duplicate "${element.action_id}"`);
      seen.actionIds.add(element.action_id);
    }
  }
  if (element.type !== 'button') return;
  checkTextObject(element.text, `${here}.text`, MAX_BUTTON_TEXT, out, 'plain_text');
  if (element.value !== undefined) {
    if (typeof element.value !== 'string') out.push(`${here}.value: not a string`);
    else if (element.value.length > MAX_BUTTON_VALUE)
      out.push(`${here}.value: ${element.value.length} chars > ${MAX_BUTTON_VALUE}`);
  }
  if (element.url !== undefined) checkUrl(element.url, `${here}.url`, out);
  if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') {
    out.push(`${here}.style: ${JSON.stringify(element.style)} is not "primary" or "danger"`);
  }
  if (typeof element.accessibility_label === 'string' && element.accessibility_label.length > MAX_BUTTON_TEXT) {
    out.push(`${here}.accessibility_label: ${element.accessibility_label.length} chars > ${MAX_BUTTON_TEXT}`);
  }
}

function checkImageElement(element: Json, at: string, out: string[]): void {
  if (element.image_url !== undefined) checkUrl(element.image_url, `${at}.image_url`, out);
  if (typeof element.alt_text !== 'string' || element.alt_text === '') out.push(`${at}.alt_text: required`);
}

function checkTextObject(text: unknown, at: string, max: number, out: string[], only?: 'plain_text'): void {
  if (!isObject(text)) return void out.push(`${at}: missing text object`);
  if (text.type !== 'plain_text' && text.type !== 'mrkdwn')
    return void out.push(`${at}.type: ${JSON.stringify(text.type)} is not a text object type`);
  if (only && text.type !== only) out.push(`${at}.type: must be ${only}, is ${text.type}`);
  if (typeof text.text !== 'string' || text.text === '') return void out.push(`${at}.text: must be a non-empty string`);
  if (text.text.length > max) out.push(`${at}.text: ${text.text.length} chars > ${max}`);
}

function checkList(
  list: unknown,
  at: string,
  max: number,
  out: string[],
  each: (item: unknown, at: string) => void,
): void {
  if (!Array.isArray(list) || list.length === 0) return void out.push(`${at}: must be a non-empty array`);
  if (list.length > max) out.push(`${at}: ${list.length} items > ${max}`);
  for (const [i, item] of list.entries()) each(item, `${at}[${i}]`);
}

function checkUrl(url: unknown, at: string, out: string[]): void {
  if (typeof url !== 'string' || url === '') out.push(`${at}: must be a non-empty string`);
  else if (url.length > MAX_URL) out.push(`${at}: ${url.length} chars > ${MAX_URL}`);
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
