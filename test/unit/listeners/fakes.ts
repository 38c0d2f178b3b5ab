// Hand-made stand-ins for what a listener talks to: Bolt's arguments, the service and the access layer.
import { vi } from 'vitest';
import type { UserAccess, UserLink, UserTimeZone } from '../../../src/access/user-access.js';
import type { ListenerDeps } from '../../../src/listeners/deps.js';
import { createResponseBudget } from '../../../src/listeners/response-budget.js';
import { createLogger } from '../../../src/logger.js';
import { createRecordingLinks } from '../../../src/recordings/links.js';
import { createRecordingAccess } from '../../../src/recordings/recording-access.js';
import type { Call, CallLogService, CallsResult, Extension } from '../../../src/service/types.js';

export const NOW = new Date('2026-03-10T18:00:00Z');
export const ALICE_EXT: Extension = {
  id: '2001',
  extensionNumber: '102',
  name: 'Alice Example',
  email: 'alice@example.com',
};

export function call(i: number): Call {
  return {
    id: `c${i}`,
    sessionKey: `s${i}`,
    startTime: new Date(NOW.getTime() - (i + 1) * 60_000),
    durationSec: 30,
    direction: 'Inbound',
    type: 'Voice',
    result: 'Accepted',
    outcome: 'answered',
    otherParty: { phoneNumber: `+1415555${String(i).padStart(4, '0')}` },
  };
}

export function callsResult(n: number): CallsResult {
  const calls = Array.from({ length: n }, (_, i) => call(i));
  return {
    calls,
    summary: {
      total: n,
      inbound: n,
      outbound: 0,
      answered: n,
      missed: 0,
      voicemail: 0,
      unreturned: 0,
      recorded: 0,
      talkTimeSec: 30 * n,
      perHour: Array(24).fill(0),
    },
    requests: 1,
  };
}

export function fakeService(overrides: Partial<CallLogService> = {}): CallLogService {
  const unexpected = (name: string) => vi.fn(async () => Promise.reject(new Error(`unexpected ${name}`)));
  return {
    calls: vi.fn(async () => callsResult(3)),
    activeCalls: vi.fn(async () => []),
    findRecording: unexpected('findRecording'),
    recording: unexpected('recording'),
    recordingContent: unexpected('recordingContent'),
    extensionByEmail: unexpected('extensionByEmail'),
    extensionByNumber: unexpected('extensionByNumber'),
    extension: unexpected('extension'),
    permissionsReport: unexpected('permissionsReport'),
    ...overrides,
  };
}

export function fakeAccess(
  users: Record<string, { link: UserLink; zone?: UserTimeZone }>,
  admins: string[] = [],
): UserAccess {
  return {
    link: vi.fn(async (userId: string): Promise<UserLink> => users[userId]?.link ?? { kind: 'unlinked' }),
    timeZone: vi.fn(
      async (userId: string): Promise<UserTimeZone> => users[userId]?.zone ?? { timeZone: 'UTC', source: 'utc' },
    ),
    isAdmin: (userId: string) => admins.includes(userId),
    admins: () => admins,
  };
}

export function listenerDeps(service: CallLogService, access: UserAccess): ListenerDeps & { logs: string[] } {
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (l) => logs.push(l) });
  const links = createRecordingLinks({ secret: 'unit-test-link-secret-0123', publicBaseUrl: 'https://calllog.test' });
  return {
    service,
    access,
    recordings: createRecordingAccess({ service, access, links, log: logger, now: () => NOW.getTime() }),
    logger,
    now: () => NOW,
    budget: createResponseBudget(),
    logs,
  };
}

export interface SentReply {
  text?: string;
  blocks?: unknown[];
  response_type?: string;
  replace_original?: boolean;
}

/** Bolt's arguments for a slash command, recording the order of ack() and respond() calls. */
export function commandArgs(text: string, userId = 'UALICE', events: string[] = []) {
  const replies: SentReply[] = [];
  const args = {
    ack: vi.fn(async () => {
      events.push('ack');
    }),
    respond: vi.fn(async (message: SentReply) => {
      events.push('respond');
      replies.push(message);
    }),
    command: {
      command: '/calllog',
      text,
      user_id: userId,
      channel_id: 'C1',
      response_url: 'https://hooks.slack.test/commands/1',
    },
    client: {
      chat: { postEphemeral: vi.fn(async () => ({ ok: true })), postMessage: vi.fn(async () => ({ ok: true })) },
    },
  };
  return { args, replies, events };
}

/** Bolt's arguments for a button click by `userId`. */
export function clickArgs(actionId: string, value: string, userId: string) {
  const replies: SentReply[] = [];
  const args = {
    ack: vi.fn(async () => {}),
    respond: vi.fn(async (message: SentReply) => {
      replies.push(message);
    }),
    action: { type: 'button', action_id: actionId, value },
    body: {
      user: { id: userId },
      response_url: 'https://hooks.slack.test/actions/1',
      channel: { id: 'C1' },
      container: { channel_id: 'C1' },
    },
    client: {
      chat: { postEphemeral: vi.fn(async () => ({ ok: true })), postMessage: vi.fn(async () => ({ ok: true })) },
    },
  };
  return { args, replies };
}

export function textOf(reply: SentReply | undefined): string {
  return JSON.stringify(reply ?? {});
}
