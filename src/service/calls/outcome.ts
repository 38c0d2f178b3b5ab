// How a call ended, in the product's words: one table over RingCentral's whole CallResultEnum, so every result
// RingCentral can send has a reasoned place (a unit test reads the enum copied from the OpenAPI spec and fails on
// a value this table does not classify).
import type { Call, CallOutcome } from '../types.js';

/**
 * What an *inbound* result means for the extension whose log it is in. Outbound calls are answered when
 * connected and otherwise 'other': nobody missed a call that somebody made.
 * - answered: the extension talked to the caller.
 * - missed: a caller tried to reach this extension and nobody here took it, so the call may need returning.
 * - voicemail: missed, and the caller left a message.
 * - other: neither — the call was taken by someone else, was a fax, was never a caller to return, or has not ended.
 */
export const INBOUND_RESULTS = {
  // Talked to.
  Accepted: 'answered',
  'Call connected': 'answered',
  // Another of the user's devices or a colleague (a call queue member, a pickup) took it: the caller was served, so
  // it is not *this* extension's missed call, and counting it would make every queue member "miss" every queue call.
  'Answered Elsewhere': 'other',
  // Rang, nobody here took it: the caller was not served.
  Missed: 'missed',
  'No Answer': 'missed',
  'Hang Up': 'missed',
  Abandoned: 'missed',
  Busy: 'missed',
  Rejected: 'missed',
  Declined: 'missed',
  // Picked up by a device (e.g. a forwarded mobile's own voicemail) that never pressed 1 to accept: nobody talked.
  'Answered Not Accepted': 'missed',
  // The caller asked the queue to call back: the clearest call to return there is.
  'Callback requested': 'missed',
  // Ringing ended without the caller reaching anyone (RingCentral stopped the attempt).
  Stopped: 'missed',
  // Calls that failed on this side: the caller did not get through and may be waiting.
  'IP Phone Offline': 'missed',
  'Call Failed': 'missed',
  'Call Failure': 'missed',
  'Internal Error': 'missed',
  'EDGE trunk misconfigured': 'missed',
  Unknown: 'missed',
  // Left a message.
  Voicemail: 'voicemail',
  'Sent to Voicemail': 'voicemail',
  // Faxes: one that arrived reached its recipient; one that failed to arrive is a sender to call back.
  Received: 'other',
  'Partial Receive': 'missed',
  'Fax Receipt Error': 'missed',
  'Receive Error': 'missed',
  // Outgoing faxes and fax-on-demand: never a call somebody placed to this extension.
  Sent: 'other',
  Reply: 'other',
  'Fax Not Sent': 'other',
  'Fax Partially Sent': 'other',
  'Fax Poor Line': 'other',
  'Fax on Demand': 'other',
  'Send Error': 'other',
  // Not finished: a call appears in the log once it has ended, and until then it is nobody's missed call.
  'In Progress': 'other',
  // Refused by policy or account state — deliberately blocked callers, restricted or wrong numbers, dialling limits:
  // there is nobody to call back, or calling back cannot work.
  Blocked: 'other',
  'Restricted Number': 'other',
  'Not Allowed': 'other',
  'Wrong Number': 'other',
  'International Disabled': 'other',
  'International Restricted': 'other',
  'No Calling Credit': 'other',
  'Suspended account': 'other',
  'Carrier is not active': 'other',
  // Emergency calls and logging into a phone are not conversations with a caller.
  '911': 'other',
  '933': 'other',
  'Phone Login': 'other',
} as const satisfies Record<string, CallOutcome>;

const ANSWERED_RESULTS: ReadonlySet<string> = new Set(['Accepted', 'Call connected']);

/** A result not in the table (RingCentral added one, or none was sent) is missed when inbound: better shown than lost. */
export function callOutcome(direction: 'Inbound' | 'Outbound', result: string | undefined): CallOutcome {
  if (direction === 'Outbound') return result !== undefined && ANSWERED_RESULTS.has(result) ? 'answered' : 'other';
  if (result !== undefined && Object.hasOwn(INBOUND_RESULTS, result)) {
    return INBOUND_RESULTS[result as keyof typeof INBOUND_RESULTS];
  }
  return 'missed';
}

/** Missed = inbound and not answered; a call that went to voicemail is missed too. */
export function isMissed(call: Pick<Call, 'direction' | 'outcome'>): boolean {
  return call.direction === 'Inbound' && (call.outcome === 'missed' || call.outcome === 'voicemail');
}
