// What "Share in channel" posts: who shared which window and its numbers. Other people read it, so no call rows,
// no recordings and no buttons — nothing that leads back into one person's call log.
import type { TimeWindow } from '../query/types.js';
import type { CallSummary, CompanyBreakdown } from '../service/types.js';
import { breakdownBlocks } from './company-breakdown.js';
import { count, describeWindow, plural, spansDays } from './format.js';
import { context, header, message, type SlackMessage } from './kit.js';
import { escapeMrkdwn } from './limits.js';
import { mention } from './mention.js';
import { perHourChart, summaryFields } from './summary.js';

export interface SharedSummaryInput {
  /** Counts over every call in the window (filters never change them, so the share omits the filters). */
  summary: CallSummary;
  window: TimeWindow;
  /** Slack user id of whoever pressed "Share in channel". */
  sharedBy: string;
  /** Whose calls, in the reader's words: "Your calls" (default), "Ext 101 · Alice Smith", "Company-wide calls". */
  whose?: string;
  /** A company-wide view's who-missed and who-was-busiest lists (counts and names, no calls). */
  breakdown?: CompanyBreakdown;
}

export function renderSharedSummary(input: SharedSummaryInput): SlackMessage {
  const { summary, window } = input;
  const subject =
    input.whose && input.whose !== 'Your calls' ? `${input.whose} · ${window.label}` : `Call summary · ${window.label}`;
  const chart = perHourChart(summary, spansDays(window));
  const blocks = [
    header(subject),
    context(`Shared by ${mention(input.sharedBy)} · ${escapeMrkdwn(describeWindow(window))}`),
    summaryFields(summary, false),
    ...(chart ? [chart] : []),
    ...(input.breakdown ? breakdownBlocks(input.breakdown) : []),
  ];
  const text = `${subject}: ${plural(summary.total, 'call')}, ${count(summary.answered)} answered, ${count(summary.missed)} missed, ${count(summary.unreturned)} unreturned.`;
  return message(text, blocks);
}
