// A company-wide view's "who": the extensions with the most missed and unreturned calls, and the busiest, as short
// ranked lists. Three blocks at most, whatever the size of the company (the service ranks and bounds the lists).
import type { KnownBlock } from '@slack/types';
import type { CompanyBreakdown, ExtensionActivity } from '../service/types.js';
import { count, plural, talkTime } from './format.js';
import { context, fields, section } from './kit.js';
import { escapeMrkdwn, userText } from './limits.js';

export function breakdownBlocks(breakdown: CompanyBreakdown): KnownBlock[] {
  if (breakdown.extensionsWithCalls === 0) return [];
  const missed = ranked(breakdown.mostMissed, (a) => count(a.missed)) ?? 'No missed calls.';
  const unreturned = ranked(breakdown.mostUnreturned, (a) => count(a.unreturned)) ?? 'Every missed call was returned.';
  const busiest = ranked(breakdown.busiest, (a) => `${plural(a.calls, 'call')} · ${talkTime(a.talkTimeSec)} talk time`);
  return [
    fields([`*Most missed*\n${missed}`, `*Most unreturned*\n${unreturned}`]),
    section(`*Busiest*\n${busiest ?? 'No calls.'}`),
    context(
      `By person: every call each of ${plural(breakdown.extensionsWithCalls, 'extension')} was on, so a call that rang several people counts for each; the totals above count it once.`,
    ),
  ];
}

/** "1. *Alice Smith* ext 101 · 7" per line; undefined for an empty list. */
function ranked(list: readonly ExtensionActivity[], value: (a: ExtensionActivity) => string): string | undefined {
  if (list.length === 0) return undefined;
  return list.map((activity, i) => `${i + 1}. ${describeExtension(activity)} · ${value(activity)}`).join('\n');
}

/** "*Alice Smith* ext 101", "ext 101", or the bare id when RingCentral named neither. */
export function describeExtension(extension: { id: string; name?: string; extensionNumber?: string }): string {
  const name = extension.name?.trim();
  const number = extension.extensionNumber ? `ext ${userText(extension.extensionNumber, 12)}` : undefined;
  if (name && number) return `*${userText(name, 60)}* ${number}`;
  if (name) return `*${userText(name, 60)}*`;
  return number ?? `extension ${escapeMrkdwn(extension.id.slice(0, 20))}`;
}
