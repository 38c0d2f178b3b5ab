// One person talking to the bot through the local Slack: sends signed slash commands and button clicks to the
// bot's real HTTP endpoint, and shows every message the bot sends back, as it arrives, with numbered buttons.
import { DELAYED_ANSWER_BLOCK_ID } from '../blocks/errors.js';
import {
  blockActionsBody,
  EMULATED_TEAM,
  type RecordedMessage,
  type SlackEmulator,
  type SlackMessage,
  sendToBot,
  slashCommandBody,
} from '../local-slack/index.js';
import { type DemoPerson, findPerson } from './demo-people.js';
import { publishedHome } from './home-tab.js';
import { SLASH_COMMAND } from './input.js';
import { NoReplyError } from './no-reply.js';
import { type NumberedButton, renderForTerminal } from './render.js';

export interface ConversationOptions {
  emulator: SlackEmulator;
  /** The bot's Request URL (or its base URL). */
  botUrl: string;
  signingSecret: string;
  people: readonly DemoPerson[];
  /** Who is typing at first. */
  user: DemoPerson;
  print: (lines: string[]) => void;
  color?: boolean;
  width?: number;
  /** How long to wait for the first reply before calling it a failure. */
  replyTimeoutMs?: number;
  /** Quiet time after the last reply before a turn counts as finished. */
  settleMs?: number;
  /**
   * How long a turn keeps waiting when its last reply is the bot's "your answer is delayed" notice (RingCentral's
   * rate limit), for the answer that replaces it. 0, the default, ends the turn at the notice: the interactive
   * console prints the answer whenever it comes, but a one-shot run would exit before it.
   */
  delayedAnswerTimeoutMs?: number;
}

export interface Turn {
  /** Messages shown for this command or click. */
  replies: number;
}

export { NoReplyError };

/** A button on screen and the message it sits in, as a click must echo it back to the bot. */
interface ClickTarget {
  button: NumberedButton;
  message: { ts: string; text?: string; blocks?: unknown[] };
  ephemeral: boolean;
}

export const DEMO_CHANNEL = { id: 'C0DEMO', name: 'general' } as const;

export interface Conversation {
  readonly user: DemoPerson;
  /** Becomes someone else; undefined when nobody matches. */
  switchUser(query: string): DemoPerson | undefined;
  /** Sends "/calllog <text>" and resolves once the replies have arrived. */
  send(text: string): Promise<Turn>;
  /** Clicks the button with this number. */
  click(number: number): Promise<Turn>;
  /** Opens the app's Home tab (app_home_opened) and shows the view the bot publishes for it. */
  openHome(): Promise<Turn>;
  stop(): void;
}

export function startConversation(options: ConversationOptions): Conversation {
  const { emulator, print } = options;
  const replyTimeoutMs = options.replyTimeoutMs ?? 15_000;
  const settleMs = options.settleMs ?? 400;
  const delayedAnswerTimeoutMs = options.delayedAnswerTimeoutMs ?? 0;
  const userNames = Object.fromEntries(options.people.map((p) => [p.id, p.realName]));
  const layout = { color: options.color ?? false, width: options.width ?? 80, userNames };
  let user = options.user;
  let targets = new Map<number, ClickTarget>();
  // Numbers restart at 1 with the first reply of each turn that has buttons; older ones stay clickable until then.
  let renumber = true;
  let shown = 0;
  let localTs = 0;
  /** Whether the latest message is a delay notice: the answer is still to come. */
  let answerDelayed = false;

  const show = (message: SlackMessage, ts: string, ephemeral: boolean, note?: string) => {
    shown += 1;
    answerDelayed = isDelayNotice(message);
    if (renumber && hasButtons(message)) {
      targets = new Map();
      renumber = false;
    }
    const rendered = renderForTerminal(
      { ...message, response_type: ephemeral ? 'ephemeral' : 'in_channel' },
      { ...layout, firstButtonNumber: targets.size + 1 },
    );
    for (const button of rendered.buttons) {
      targets.set(button.number, { button, message: messageEcho(message, ts), ephemeral });
    }
    print(['', ...(note ? [`(${note})`] : []), ...rendered.lines]);
  };

  const stopListening = emulator.onMessage((recorded) => {
    if (recorded.body.delete_original === true) {
      shown += 1;
      answerDelayed = false;
      print(['', '(the bot deleted the message above)']);
      return;
    }
    show(recorded.body, recorded.ts, isEphemeral(recorded), noteFor(recorded, userNames));
  });

  /**
   * Resolves when at least one message has arrived since `since` and then nothing more for `settleMs` — unless the
   * last one says the answer is delayed: then it waits for the next (up to `delayedAnswerTimeoutMs`) and settles again.
   */
  const awaitReplies = async (since: number, sentAt: number): Promise<Turn> => {
    await until(
      () => shown > since,
      sentAt + replyTimeoutMs,
      `No reply from the bot within ${seconds(replyTimeoutMs)} s.`,
    );
    for (;;) {
      for (let before = -1; before !== shown; ) {
        before = shown;
        await sleep(settleMs);
      }
      if (!answerDelayed || delayedAnswerTimeoutMs <= 0) return { replies: shown - since };
      print(['', `(waiting up to ${seconds(delayedAnswerTimeoutMs)} s for the delayed answer…)`]);
      const before = shown;
      await until(
        () => shown > before,
        Date.now() + delayedAnswerTimeoutMs,
        `The bot said the answer was delayed, but it did not arrive within ${seconds(delayedAnswerTimeoutMs)} s.`,
      );
    }
  };

  const post = async (body: string): Promise<string> => {
    const response = await sendToBot(options.botUrl, options.signingSecret, body);
    const text = await response.text();
    if (!response.ok)
      throw new Error(`The bot answered HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
    return text;
  };

  return {
    get user() {
      return user;
    },

    switchUser(query) {
      const found = findPerson(options.people, query);
      if (found) user = found;
      return found;
    },

    async send(text) {
      const since = shown;
      const sentAt = Date.now();
      renumber = true;
      const responseUrl = emulator.newResponseUrl({ channelId: DEMO_CHANNEL.id, userId: user.id });
      const ackBody = await post(
        slashCommandBody({
          command: SLASH_COMMAND,
          text,
          userId: user.id,
          userName: user.name,
          teamId: EMULATED_TEAM.id,
          channelId: DEMO_CHANNEL.id,
          channelName: DEMO_CHANNEL.name,
          responseUrl,
          triggerId: `${sentAt}.${Math.random().toString(36).slice(2, 8)}.trigger`,
        }),
      );
      // Slack shows a message in the acknowledgement itself as the first reply.
      const ackMessage = parseMessage(ackBody);
      if (ackMessage) show(ackMessage, `local.${++localTs}`, ackMessage.response_type !== 'in_channel');
      return awaitReplies(since, sentAt);
    },

    async click(number) {
      const target = targets.get(number);
      if (!target) {
        const range =
          targets.size === 0
            ? 'there are no buttons on screen'
            : targets.size === 1
              ? 'the only button on screen is 1'
              : `buttons on screen are 1–${targets.size}`;
        throw new Error(`There is no button ${number}: ${range}.`);
      }
      const since = shown;
      const sentAt = Date.now();
      renumber = true;
      const { button, message, ephemeral } = target;
      if (button.url) print([`(opens ${button.url} in a browser)`]);
      const responseUrl = emulator.newResponseUrl({
        channelId: DEMO_CHANNEL.id,
        userId: user.id,
        messageTs: message.ts,
      });
      await post(
        blockActionsBody({
          user: { id: user.id, name: user.name, teamId: EMULATED_TEAM.id },
          actionId: button.actionId,
          value: button.value ?? '',
          responseUrl,
          channelId: DEMO_CHANNEL.id,
          message,
          isEphemeral: ephemeral,
          ...(button.blockId ? { blockId: button.blockId } : {}),
        }),
      );
      // A link button has done its job once the browser would open; the bot need not answer it.
      if (button.url) return { replies: 0 };
      return awaitReplies(since, sentAt);
    },

    async openHome() {
      const blocks = await publishedHome({ ...options, userId: user.id, timeoutMs: replyTimeoutMs });
      const rendered = renderForTerminal({ blocks }, layout);
      print(['', `(the Home tab of Call Log, as ${user.realName} sees it)`, ...rendered.lines]);
      return { replies: 1 };
    },

    stop: stopListening,
  };
}

function isEphemeral(recorded: RecordedMessage): boolean {
  if (recorded.via === 'chat.postEphemeral') return true;
  return recorded.via === 'response_url' && recorded.body.response_type !== 'in_channel';
}

function noteFor(recorded: RecordedMessage, userNames: Record<string, string>): string | undefined {
  if (recorded.via === 'chat.update' || recorded.body.replace_original === true) return 'replaces the message above';
  if (recorded.via === 'chat.postMessage' || recorded.body.response_type === 'in_channel')
    return `posted in #${DEMO_CHANNEL.name}`;
  if (recorded.via === 'chat.postEphemeral' && recorded.user)
    return `only for ${userNames[recorded.user] ?? recorded.user}`;
  return undefined;
}

function isDelayNotice(message: SlackMessage): boolean {
  return (message.blocks ?? []).some(
    (block) =>
      typeof block === 'object' &&
      block !== null &&
      (block as { block_id?: unknown }).block_id === DELAYED_ANSWER_BLOCK_ID,
  );
}

function hasButtons(message: SlackMessage): boolean {
  const isButton = (e: unknown) => typeof e === 'object' && e !== null && (e as { type?: unknown }).type === 'button';
  return (message.blocks ?? []).some((block) => {
    if (typeof block !== 'object' || block === null) return false;
    const { accessory, elements } = block as { accessory?: unknown; elements?: unknown };
    return isButton(accessory) || (Array.isArray(elements) && elements.some(isButton));
  });
}

function messageEcho(message: SlackMessage, ts: string): ClickTarget['message'] {
  return {
    ts,
    ...(message.text !== undefined ? { text: message.text } : {}),
    ...(message.blocks !== undefined ? { blocks: message.blocks } : {}),
  };
}

/** A message in an HTTP acknowledgement body, if there is one. */
function parseMessage(body: string): SlackMessage | undefined {
  if (body.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const message = parsed as SlackMessage;
    return typeof message.text === 'string' || Array.isArray(message.blocks) ? message : undefined;
  } catch {
    return body === 'OK' ? undefined : { text: body };
  }
}

/** Polls until `done`; past `deadline`, fails with a NoReplyError saying `failure`. */
async function until(done: () => boolean, deadline: number, failure: string): Promise<void> {
  while (!done()) {
    if (Date.now() >= deadline) throw new NoReplyError(failure);
    await sleep(Math.min(50, deadline - Date.now()));
  }
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
