// "Unreturned": a missed call nobody followed up in the window — no later call with the same person that
// was answered, and no later call out to them. Callers without a number (anonymous) cannot be called
// back, so they never count as unreturned.
import type { Call, CallParty } from '../types.js';
import { isMissed } from './outcome.js';
import { phoneDigits } from './phone.js';

/** Ids of the missed calls in `calls` that were not returned. */
export function unreturnedCallIds(calls: readonly Call[]): Set<string> {
  // Latest follow-up time per person: an outbound call to them, or an answered call with them.
  const lastFollowUp = new Map<string, number>();
  for (const call of calls) {
    const person = personKey(call.otherParty);
    if (!person || !(call.direction === 'Outbound' || call.outcome === 'answered')) continue;
    lastFollowUp.set(person, Math.max(lastFollowUp.get(person) ?? Number.NEGATIVE_INFINITY, call.startTime.getTime()));
  }
  const ids = new Set<string>();
  for (const call of calls) {
    if (!isMissed(call)) continue;
    const person = personKey(call.otherParty);
    if (!person) continue;
    const followUp = lastFollowUp.get(person);
    if (followUp === undefined || followUp <= call.startTime.getTime()) ids.add(call.id);
  }
  return ids;
}

/** Who the other party is: their phone number, else (internal calls) their extension number. */
function personKey(party: CallParty): string | undefined {
  const digits = phoneDigits(party.phoneNumber);
  if (digits) return `tel:${digits}`;
  return party.extensionNumber ? `ext:${party.extensionNumber}` : undefined;
}
