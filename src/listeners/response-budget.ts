// Slack lets an app use a response_url at most 5 times within 30 minutes of the interaction. Counting our own
// uses lets a listener switch to chat.postEphemeral instead of losing an answer to a 404.

export interface ResponseBudget {
  /** Counts one use of `url`; false when it has none left. */
  take(url: string): boolean;
}

const USES = 5;
const LIFETIME_MS = 30 * 60 * 1000;

export function createResponseBudget(now: () => number = Date.now): ResponseBudget {
  const seen = new Map<string, { firstUse: number; uses: number }>();
  return {
    take(url) {
      const at = now();
      // Entries are in first-use order, so the expired ones are at the front.
      for (const [key, entry] of seen) {
        if (at - entry.firstUse < LIFETIME_MS) break;
        seen.delete(key);
      }
      const entry = seen.get(url) ?? { firstUse: at, uses: 0 };
      seen.set(url, entry);
      if (entry.uses >= USES) return false;
      entry.uses += 1;
      return true;
    },
  };
}
