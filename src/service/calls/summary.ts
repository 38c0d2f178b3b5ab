// The numbers at the top of a reply: they describe the whole window, before any filter.
import { TZDate } from '@date-fns/tz';
import type { Call, CallSummary } from '../types.js';
import { isMissed } from './outcome.js';

export function summarize(calls: readonly Call[], unreturned: ReadonlySet<string>, timeZone: string): CallSummary {
  const summary: CallSummary = {
    total: calls.length,
    inbound: 0,
    outbound: 0,
    answered: 0,
    missed: 0,
    voicemail: 0,
    unreturned: 0,
    recorded: 0,
    talkTimeSec: 0,
    perHour: new Array<number>(24).fill(0),
  };
  for (const call of calls) {
    if (call.direction === 'Inbound') summary.inbound += 1;
    else summary.outbound += 1;
    if (call.outcome === 'answered') {
      summary.answered += 1;
      summary.talkTimeSec += call.durationSec;
    }
    if (isMissed(call)) summary.missed += 1;
    if (call.outcome === 'voicemail') summary.voicemail += 1;
    if (unreturned.has(call.id)) summary.unreturned += 1;
    if (call.recordingId) summary.recorded += 1;
    const hour = new TZDate(call.startTime.getTime(), timeZone).getHours();
    summary.perHour[hour] = (summary.perHour[hour] ?? 0) + 1;
  }
  return summary;
}
