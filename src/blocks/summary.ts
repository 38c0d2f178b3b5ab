// The numbers both the private list and the shared summary show.
import type { ContextBlock, SectionBlock } from '@slack/types';
import type { CallSummary } from '../service/types.js';
import { count, talkTime } from './format.js';
import { context, fields } from './kit.js';
import { sparkline } from './sparkline.js';

/** Summary fields; `withRecordings: false` leaves recordings out, for messages posted where others can read them. */
export function summaryFields(summary: CallSummary, withRecordings: boolean): SectionBlock {
  const items = [
    `*Calls*\n${count(summary.total)}`,
    `*Inbound / outbound*\n${count(summary.inbound)} / ${count(summary.outbound)}`,
    `*Answered*\n${count(summary.answered)}`,
    `*Missed*\n${count(summary.missed)}`,
    `*Voicemail*\n${count(summary.voicemail)}`,
    `*Unreturned*\n${count(summary.unreturned)}`,
    `*Talk time*\n${talkTime(summary.talkTimeSec)}`,
  ];
  if (withRecordings) items.push(`*Recorded*\n${count(summary.recorded)}`);
  return fields(items);
}

/** "Calls per hour `08 ▁▂▅█▇▅▃▂▁▁ 18` · busiest 14:00–15:00 (37)"; undefined when there is nothing to chart. */
export function perHourChart(summary: CallSummary, multiDay: boolean): ContextBlock | undefined {
  if (summary.perHour.every((n) => n <= 0)) return undefined;
  const chart = sparkline(summary.perHour);
  const title = multiDay ? 'Calls by hour of day' : 'Calls per hour';
  const busiest = `${hour(chart.busiestHour)}–${hour(chart.busiestHour + 1)}`;
  return context(
    `${title}  \`${hour(chart.fromHour)} ${chart.bars} ${hour(chart.toHour)}\`  busiest ${busiest} (${count(chart.busiestCount)})`,
  );
}

function hour(h: number): string {
  return `${String(h).padStart(2, '0')}:00`;
}
