// Who in the company missed calls, left them unreturned, and was busiest. Counted per extension over its own
// records (the calls it was on, as its own log shows them), so memory grows with the number of extensions, not
// with the number of calls; whether a missed call was returned is the company's answer (anyone calling back counts).
import type { CallLogParty, CallLogRecord } from '../../ringcentral/types.js';
import type { CompanyBreakdown, ExtensionActivity, ExtensionRef } from '../types.js';
import { callOutcome, isMissed } from './outcome.js';
import { sessionKeyOf } from './to-call.js';

/** Entries in each ranked list: a short list reads at a glance and keeps the message small. */
export const BREAKDOWN_SIZE = 5;

export type ExtensionTally = Omit<ExtensionActivity, 'id'>;

/**
 * Per extension id: calls, missed, unreturned and talk time. `unreturnedSessions` are the session keys of the
 * company's unreturned calls. Records without `extension` belong to nobody here; the company totals count them.
 */
export function tallyExtensions(
  records: Iterable<CallLogRecord>,
  unreturnedSessions: ReadonlySet<string>,
): Map<string, ExtensionTally> {
  const tallies = new Map<string, ExtensionTally>();
  for (const record of records) {
    // No extension: nobody's here. Answered Elsewhere: a queue rang this extension and a colleague took the call, so
    // it was not this extension's call, busy or missed.
    if (record.extension?.id === undefined || record.result === 'Answered Elsewhere') continue;
    const id = String(record.extension.id);
    let tally = tallies.get(id);
    if (!tally) {
      tally = { calls: 0, missed: 0, unreturned: 0, talkTimeSec: 0, ...ownSide(record, id) };
      tallies.set(id, tally);
    }
    const outcome = callOutcome(record.direction, record.result);
    tally.calls += 1;
    if (outcome === 'answered') tally.talkTimeSec += record.duration ?? Math.round((record.durationMs ?? 0) / 1000);
    if (isMissed({ direction: record.direction, outcome })) {
      tally.missed += 1;
      if (unreturnedSessions.has(sessionKeyOf(record))) tally.unreturned += 1;
    }
  }
  return tallies;
}

/** The ranked lists; `directory` names an extension when it can (it wins over what the records said). */
export function rankBreakdown(
  tallies: ReadonlyMap<string, ExtensionTally>,
  directory: (extensionId: string) => Omit<ExtensionRef, 'id'> | undefined,
  size = BREAKDOWN_SIZE,
): CompanyBreakdown {
  const top = (score: (a: ExtensionTally) => number, tieBreak: (a: ExtensionTally) => number) =>
    [...tallies]
      .filter(([, tally]) => score(tally) > 0)
      .sort(([idA, a], [idB, b]) => score(b) - score(a) || tieBreak(b) - tieBreak(a) || idA.localeCompare(idB))
      .slice(0, size)
      .map(([id, tally]) => named(id, tally, directory(id)));
  return {
    mostMissed: top(
      (t) => t.missed,
      (t) => t.unreturned,
    ),
    mostUnreturned: top(
      (t) => t.unreturned,
      (t) => t.missed,
    ),
    busiest: top(
      (t) => t.calls,
      (t) => t.talkTimeSec,
    ),
    extensionsWithCalls: tallies.size,
  };
}

function named(id: string, tally: ExtensionTally, known: Omit<ExtensionRef, 'id'> | undefined): ExtensionActivity {
  const { name: recordName, extensionNumber: recordNumber, ...counts } = tally;
  const name = known?.name || recordName;
  const extensionNumber = known?.extensionNumber || recordNumber;
  return { id, ...(name ? { name } : {}), ...(extensionNumber ? { extensionNumber } : {}), ...counts };
}

/** The extension's own party on a record (the callee of a call in, the caller of a call out), when it is theirs. */
export function ownSide(record: CallLogRecord, extensionId: string): Omit<ExtensionRef, 'id'> {
  const party: CallLogParty | undefined = record.direction === 'Inbound' ? record.to : record.from;
  // A party naming another extension (a call queue the call came through) is not this one.
  if (!party || (party.extensionId !== undefined && party.extensionId !== extensionId)) return {};
  return {
    ...(party.name ? { name: party.name } : {}),
    ...(party.extensionNumber ? { extensionNumber: party.extensionNumber } : {}),
  };
}
