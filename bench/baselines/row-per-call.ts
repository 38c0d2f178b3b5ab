// Baseline for render-10k: what a naive Block Kit builder does with a call list — a header, then one section
// per call, however many calls there are.
import type { KnownBlock } from '@slack/types';
import type { CallsResult } from '../../src/service/types.js';

export function renderEveryCall(result: CallsResult, timeZone: string): { text: string; blocks: KnownBlock[] } {
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false });
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `Your calls today (${result.calls.length})` } },
  ];
  for (const call of result.calls) {
    const who = call.otherParty.name ?? call.otherParty.phoneNumber ?? call.otherParty.extensionNumber ?? 'Unknown';
    const text = `\`${time.format(call.startTime)}\` ${call.direction === 'Inbound' ? '↙' : '↗'} *${who}* · ${call.durationSec}s · ${call.result}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  return { text: `You had ${result.calls.length} calls today.`, blocks };
}
