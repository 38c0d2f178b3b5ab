// Requests shaped and signed the way Slack sends them to an app's Request URL (Slack docs: "Verifying requests
// from Slack", "Implementing slash commands", "block_actions payload"). Used by the demo console and the tests.
import { createHmac } from 'node:crypto';
import { EMULATED_APP_ID, EMULATED_TEAM } from './workspace.js';

export interface SignedHeaders {
  'content-type': string;
  'x-slack-request-timestamp': string;
  'x-slack-signature': string;
}

const FORM = 'application/x-www-form-urlencoded';

/** v0 signature: HMAC-SHA256 over `v0:{timestamp}:{raw body}` with the app's signing secret, hex-encoded. */
export function signRequest(
  signingSecret: string,
  rawBody: string,
  timestampSec: number,
  contentType = FORM,
): SignedHeaders {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex');
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestampSec),
    'x-slack-signature': `v0=${signature}`,
  };
}

export interface SlashCommandFields {
  command: string;
  text: string;
  userId: string;
  userName: string;
  teamId: string;
  channelId: string;
  responseUrl: string;
  triggerId: string;
  channelName?: string;
  teamDomain?: string;
  apiAppId?: string;
}

/** The form-encoded body Slack posts for a slash command. */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: fields.teamId,
    team_domain: fields.teamDomain ?? EMULATED_TEAM.domain,
    channel_id: fields.channelId,
    channel_name: fields.channelName ?? 'general',
    user_id: fields.userId,
    user_name: fields.userName,
    command: fields.command,
    text: fields.text,
    api_app_id: fields.apiAppId ?? EMULATED_APP_ID,
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
}

export interface ClickingUser {
  id: string;
  name: string;
  teamId: string;
}

export interface BlockActionsFields {
  user: ClickingUser;
  actionId: string;
  value: string;
  responseUrl: string;
  channelId: string;
  /** The message the button sits in, as Slack echoes it back (ts, text, blocks). */
  message: { ts: string; text?: string; blocks?: unknown[] };
  blockId?: string;
  isEphemeral?: boolean;
  apiAppId?: string;
}

/** The form body Slack posts when a button is clicked: a single `payload` field holding JSON. */
let clicks = 0;

export function blockActionsBody(fields: BlockActionsFields): string {
  // Unique per click, as Slack's are: the bot answers each action_ts and trigger_id once.
  clicks = (clicks + 1) % 1_000_000;
  const actionTs = `${Math.floor(Date.now() / 1000)}.${String(clicks).padStart(6, '0')}`;
  const payload = {
    type: 'block_actions',
    user: { id: fields.user.id, username: fields.user.name, name: fields.user.name, team_id: fields.user.teamId },
    api_app_id: fields.apiAppId ?? EMULATED_APP_ID,
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: fields.message.ts,
      channel_id: fields.channelId,
      is_ephemeral: fields.isEphemeral ?? true,
    },
    trigger_id: `${actionTs}.trigger`,
    team: { id: fields.user.teamId, domain: EMULATED_TEAM.domain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: fields.channelId, name: 'general' },
    message: { type: 'message', ...fields.message },
    state: { values: {} },
    response_url: fields.responseUrl,
    actions: [
      {
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'calllog_actions',
        value: fields.value,
        type: 'button',
        action_ts: actionTs,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/**
 * POST a form body to the bot, signed with the given secret. `url` is the bot's Request URL; a bare base URL
 * (`http://127.0.0.1:3000`) means its `/slack/events` endpoint.
 */
export function sendToBot(
  url: string,
  signingSecret: string,
  body: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Promise<Response> {
  return fetch(requestUrl(url), {
    method: 'POST',
    headers: { ...signRequest(signingSecret, body, timestampSec) },
    body,
  });
}

export interface EventDelivery {
  /** Set on Slack's resends: 1, 2, 3. */
  retryNum?: number;
  /** Why Slack resent it, e.g. "http_timeout". */
  retryReason?: string;
  timestampSec?: number;
}

/**
 * POST an Events API envelope to the bot as Slack does: JSON, signed, and on a resend with X-Slack-Retry-Num
 * and X-Slack-Retry-Reason.
 */
export function sendEventToBot(
  url: string,
  signingSecret: string,
  envelope: Record<string, unknown>,
  delivery: EventDelivery = {},
): Promise<Response> {
  const body = JSON.stringify(envelope);
  const timestampSec = delivery.timestampSec ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { ...signRequest(signingSecret, body, timestampSec, 'application/json') };
  if (delivery.retryNum !== undefined) headers['x-slack-retry-num'] = String(delivery.retryNum);
  if (delivery.retryReason !== undefined) headers['x-slack-retry-reason'] = delivery.retryReason;
  return fetch(requestUrl(url), { method: 'POST', headers, body });
}

function requestUrl(url: string): URL {
  const target = new URL(url);
  if (target.pathname === '/') target.pathname = '/slack/events';
  return target;
}
