// What the local Slack's users see of it: the people in its workspace, the messages it records, and the handle a
// test or the demo holds while it runs.

export interface SlackUser {
  id: string;
  name: string;
  realName: string;
  email?: string;
  /** IANA zone as Slack reports it in `user.tz`; absent for users who never set one. */
  tz?: string;
  isBot?: boolean;
}

/** A message body as the bot sends it: text, blocks and the response_url / chat.* flags. */
export interface SlackMessage {
  text?: string;
  blocks?: unknown[];
  response_type?: string;
  replace_original?: boolean;
  delete_original?: boolean;
  channel?: string;
  user?: string;
  ts?: string;
  [field: string]: unknown;
}

export type MessageRoute = 'response_url' | 'chat.postMessage' | 'chat.postEphemeral' | 'chat.update';

export interface RecordedMessage {
  via: MessageRoute;
  body: SlackMessage;
  at: Date;
  /** Block Kit problems found by `checkMessage`; empty when the message is fine. */
  violations: string[];
  /** The message's timestamp id: a replacement keeps the id of the message it replaces. */
  ts: string;
  channel?: string;
  /** Who sees it, for ephemeral messages. */
  user?: string;
  /** Set for messages posted to a response_url. */
  responseUrl?: string;
}

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  at: Date;
}

export interface SlackEmulatorOptions {
  users: SlackUser[];
  /** When set, Web API calls must carry it as a bearer token. */
  botToken?: string;
  checkMessage?: (message: SlackMessage) => string[];
  /** When set, apps.connections.open accepts only this app-level token; otherwise any `xapp-` token. */
  appToken?: string;
  /** What in a view breaks Slack's limits; views.publish refuses a view it finds fault with. */
  checkView?: (view: Record<string, unknown>) => string[];
  /** Slack's clock for response_url lifetimes, in ms; default Date.now. */
  now?: () => number;
}

/** One views.publish call, accepted or not. */
export interface PublishedView {
  userId: string;
  /** The view as the app sent it. */
  view: Record<string, unknown>;
  at: Date;
  /** What made Slack refuse it; empty when it was accepted. */
  violations: string[];
  accepted: boolean;
}

/** What Slack wraps in a Socket Mode envelope: a slash command, an interaction such as a button click, or an event. */
export type SocketEnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

/** A resend of an event, as Slack marks it in a Socket Mode envelope. */
export interface SocketRetry {
  retryAttempt: number;
  retryReason: string;
}

/** An app's acknowledgement of an envelope, as it arrives on the socket. */
export interface SocketAck {
  envelope_id: string;
  /** What the app put in its ack(); a message here is shown like an HTTP acknowledgement's body. */
  payload?: Record<string, unknown>;
}

/** How a response_url can misbehave: answer 404 (as when used up or expired), 500, or never answer. */
export type ResponseUrlFault = 404 | 500 | 'hang';

export interface ResponseUrlContext {
  channelId?: string;
  userId?: string;
  /** The message a click came from, so a replacement keeps its ts. */
  messageTs?: string;
}

export interface SlackEmulator {
  /** Web API base URL; ends with `/api/`. */
  apiUrl: string;
  newResponseUrl(context?: ResponseUrlContext): string;
  /** Makes `url` (or, without one, every response_url) fail as told; undefined restores it. */
  failResponseUrl(fault: ResponseUrlFault | undefined, url?: string): void;
  /** From now on Web API `method` answers `{ ok: false, error }`; undefined restores it. */
  refuseMethod(method: string, error: string | undefined): void;
  users: Map<string, SlackUser>;
  apiCalls: ApiCall[];
  messages: RecordedMessage[];
  /** The first message, already recorded or still to come, that matches. */
  waitForMessage(matches: (message: RecordedMessage) => boolean, timeoutMs?: number): Promise<RecordedMessage>;
  /** Called for each new message; returns a function that stops it. */
  onMessage(listener: (message: RecordedMessage) => void): () => void;
  /** Socket Mode: how many apps hold an open connection. */
  socketConnections(): number;
  /**
   * Socket Mode: sends `payload` in an envelope to the app that connected last, as Slack does with a slash command
   * (the form fields as an object) or an interaction (the `payload` JSON); resolves with the app's ack.
   */
  sendEnvelope(
    type: SocketEnvelopeType,
    payload: Record<string, unknown>,
    timeoutMs?: number,
    retry?: SocketRetry,
  ): Promise<SocketAck>;
  /** Every views.publish call, in order. */
  views: PublishedView[];
  /** The Home view `userId` sees now (views.publish's answer for the last accepted one). */
  homeView(userId: string): Record<string, unknown> | undefined;
  /** The first views.publish, already recorded or still to come, that matches. */
  waitForView(matches: (published: PublishedView) => boolean, timeoutMs?: number): Promise<PublishedView>;
  /**
   * The Events API envelope Slack sends when `userId` opens the app's Home (or Messages) tab, with a fresh
   * event_id and, for the Home tab, the user's current view. POST it with `sendEventToBot`, or send it as an
   * `events_api` envelope over Socket Mode.
   */
  appHomeOpened(userId: string, tab?: 'home' | 'messages'): Record<string, unknown>;
  close(): Promise<void>;
}
