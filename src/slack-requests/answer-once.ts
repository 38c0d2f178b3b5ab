// Slack re-sends an interaction or event it did not see acknowledged within 3 s (X-Slack-Retry-Num over HTTP,
// retry_attempt in Socket Mode), and a client may re-send the same signed body: each is answered once. Bolt has
// verified the request by the time this global middleware runs, so a stranger cannot use up someone's id.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export interface AnswerOnceOptions {
  /** How long a request is remembered; Slack's retries come within minutes. Default 10 minutes. */
  ttlMs?: number;
  /** At most this many remembered, the oldest forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

/** A global middleware: a request already seen is acknowledged with nothing and goes no further. */
export function answerOnce(options: AnswerOnceOptions = {}): Middleware<AnyMiddlewareArgs> {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();

  const isRepeat = (key: string): boolean => {
    const at = now();
    for (const [old, expires] of seen) {
      if (expires > at && seen.size < maxEntries) break;
      seen.delete(old);
    }
    const expires = seen.get(key);
    if (expires !== undefined && expires > at) return true;
    seen.set(key, at + ttlMs);
    return false;
  };

  return async (args) => {
    const key = requestKey(args.body);
    if (key !== undefined && isRepeat(key)) {
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    await args.next();
  };
}

/** What identifies one logical request: Slack's event_id, the trigger_id of a command or interaction, else a click. */
export function requestKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.event_id === 'string' && b.event_id !== '') return `event:${b.event_id}`;
  // A command names its user in user_id, an interaction in user.id.
  const user =
    typeof b.user === 'object' && b.user !== null ? (b.user as Record<string, unknown>).id : (b.user_id ?? '');
  if (typeof b.trigger_id === 'string' && b.trigger_id !== '') return `trigger:${String(user)}:${b.trigger_id}`;
  const action = Array.isArray(b.actions) ? (b.actions[0] as Record<string, unknown> | undefined) : undefined;
  if (typeof action?.action_ts === 'string') return `action:${String(user)}:${action.action_ts}`;
  return undefined;
}
