// "/calllog …" as the bot understands it. Parsing is pure: the clock and zone come in as arguments.
import type { CallFilter } from '../service/types.js';
import type { WhenSpec } from './window.js';

/** Whose calls the user asked for, before access rules are applied. */
export type Audience =
  | { kind: 'mine' }
  | { kind: 'all' }
  | { kind: 'extension'; extensionNumber: string }
  | { kind: 'slackUser'; userId: string };

export interface TimeWindow {
  from: Date;
  to: Date;
  /** What the user typed, normalised: "today", "last 7 days", "Sun 29 Mar 2026", "1–7 Mar 2026". */
  label: string;
  timeZone: string;
}

/** A list of calls: `when` as the user said it, `window` as it resolved at the time of asking. */
export interface CallsQuery {
  kind: 'calls';
  when: WhenSpec;
  window: TimeWindow;
  filters: CallFilter[];
  phoneNumber?: string;
  audience: Audience;
}

export type CallQuery =
  | CallsQuery
  | { kind: 'active'; audience: Audience }
  | { kind: 'recording'; id: string }
  | { kind: 'scopes' }
  | { kind: 'whoami' }
  | { kind: 'help' };
