// Slack lets an app use a response_url at most 5 times within 30 minutes of the interaction. Counting our own
// uses lets a listener go straight to chat.postEphemeral instead of waiting for a 404, and a response_url that
// failed once (404, 5xx, no answer in time) is not tried again for the same interaction.

export interface ResponseBudget {
  /** The interaction that handed out `url` arrived now: its 30 minutes start here. */
  opened(url: string): void;
  /** Counts one use of `url`; false when it has none left or has expired. */
  take(url: string): boolean;
  /** `url` failed: no further use of it is worth trying. */
  spend(url: string): void;
}

const USES = 5;
const LIFETIME_MS = 30 * 60 * 1000;

export function createResponseBudget(now: () => number = Date.now): ResponseBudget {
  const seen = new Map<string, { openedAt: number; uses: number }>();
  const entry = (url: string, at: number) => {
    // Entries are in first-seen order, so the old ones are at the front. They are kept a while past their
    // lifetime, so that a late reply still finds its url expired instead of fresh.
    for (const [key, old] of seen) {
      if (at - old.openedAt < 2 * LIFETIME_MS) break;
      seen.delete(key);
    }
    const found = seen.get(url) ?? { openedAt: at, uses: 0 };
    seen.set(url, found);
    return found;
  };
  return {
    opened(url) {
      entry(url, now());
    },
    take(url) {
      const at = now();
      const found = entry(url, at);
      if (found.uses >= USES || at - found.openedAt >= LIFETIME_MS) return false;
      found.uses += 1;
      return true;
    },
    spend(url) {
      entry(url, now()).uses = USES;
    },
  };
}
