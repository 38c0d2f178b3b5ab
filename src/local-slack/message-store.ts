// Every message the bot sends, whichever way it comes (chat.* or a response_url), in arrival order, checked by
// the owner's `checkMessage`, with listeners for the demo console and waiters for the tests.
import type { RecordedMessage, SlackMessage } from './types.js';

export type NewMessage = Omit<RecordedMessage, 'at' | 'violations'>;

export interface MessageStore {
  readonly messages: RecordedMessage[];
  /** A fresh message timestamp id, "seconds.counter" like Slack's. */
  nextTs(): string;
  record(message: NewMessage): RecordedMessage;
  waitFor(matches: (message: RecordedMessage) => boolean, timeoutMs?: number): Promise<RecordedMessage>;
  onMessage(listener: (message: RecordedMessage) => void): () => void;
  /** Stops every listener; waiters run into their timeouts. */
  close(): void;
}

export function createMessageStore(checkMessage?: (message: SlackMessage) => string[]): MessageStore {
  const messages: RecordedMessage[] = [];
  const listeners = new Set<(message: RecordedMessage) => void>();
  let tsCounter = 0;

  return {
    messages,
    nextTs() {
      tsCounter += 1;
      return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
    },
    record(message) {
      const recorded: RecordedMessage = { ...message, at: new Date(), violations: checkMessage?.(message.body) ?? [] };
      messages.push(recorded);
      for (const listener of [...listeners]) listener(recorded);
      return recorded;
    },
    waitFor(matches, timeoutMs = 5000) {
      const already = messages.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no matching Slack message within ${timeoutMs} ms (${messages.length} recorded)`));
        }, timeoutMs);
        const listener = (message: RecordedMessage): void => {
          if (!matches(message)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(message);
        };
        listeners.add(listener);
      });
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
    },
  };
}

/** The message fields of a request body: text and blocks only when they have the right type. */
export function asMessage(body: Record<string, unknown>): SlackMessage {
  const { text, blocks, ...rest } = body;
  return { ...rest, ...(typeof text === 'string' ? { text } : {}), ...(Array.isArray(blocks) ? { blocks } : {}) };
}

/** Whether a body has something to show: Slack refuses a message without text or blocks (`no_text`). */
export function hasContent(body: Record<string, unknown>): boolean {
  return (typeof body.text === 'string' && body.text !== '') || (Array.isArray(body.blocks) && body.blocks.length > 0);
}
