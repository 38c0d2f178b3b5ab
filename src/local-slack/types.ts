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
}

/** What Slack wraps in a Socket Mode envelope: a slash command, or an interaction such as a button click. */
export type SocketEnvelopeType = 'slash_commands' | 'interactive';

/** An app's acknowledgement of an envelope, as it arrives on the socket. */
export interface SocketAck {
  envelope_id: string;
  /** What the app put in its ack(); a message here is shown like an HTTP acknowledgement's body. */
  payload?: Record<string, unknown>;
}

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
  sendEnvelope(type: SocketEnvelopeType, payload: Record<string, unknown>, timeoutMs?: number): Promise<SocketAck>;
  close(): Promise<void>;
}
