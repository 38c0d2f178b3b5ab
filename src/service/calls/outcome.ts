// How a call ended, in the product's words.
import type { Call, CallOutcome } from '../types.js';

const ANSWERED_RESULTS = new Set(['Accepted', 'Call connected']);

/**
 * answered: RingCentral's result is "Accepted" or "Call connected"; voicemail: "Voicemail";
 * missed: any other inbound call (Missed, Hang Up, No Answer, Rejected, Busy, Abandoned, …), except a fax that
 * arrived ("Received"): it reached its recipient, so it is neither answered talk time nor a call to return.
 */
export function callOutcome(direction: 'Inbound' | 'Outbound', result: string | undefined): CallOutcome {
  if (result !== undefined && ANSWERED_RESULTS.has(result)) return 'answered';
  if (result === 'Voicemail') return 'voicemail';
  if (result === 'Received') return 'other';
  return direction === 'Inbound' ? 'missed' : 'other';
}

/** Missed = inbound and not answered; a call that went to voicemail is missed too. */
export function isMissed(call: Pick<Call, 'direction' | 'outcome'>): boolean {
  return call.direction === 'Inbound' && (call.outcome === 'missed' || call.outcome === 'voicemail');
}
