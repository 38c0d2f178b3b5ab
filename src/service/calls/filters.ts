// Which calls a user asked to see: every filter must hold (AND).
import type { Call, CallFilter } from '../types.js';
import { isMissed } from './outcome.js';
import { phoneDigits } from './phone.js';

export interface FilterableCall {
  call: Call;
  /** Normalised digits of both parties' phone numbers. */
  partyNumbers: readonly string[];
  unreturned: boolean;
}

export interface CallSelection {
  filters: readonly CallFilter[];
  /** Digits as typed; matches either party. */
  phoneNumber?: string;
}

export function matchesSelection(item: FilterableCall, selection: CallSelection): boolean {
  if (!selection.filters.every((filter) => matchesFilter(item, filter))) return false;
  const wanted = phoneDigits(selection.phoneNumber);
  return wanted === undefined || item.partyNumbers.includes(wanted);
}

function matchesFilter({ call, unreturned }: FilterableCall, filter: CallFilter): boolean {
  switch (filter) {
    case 'missed':
      return isMissed(call);
    case 'answered':
      return call.outcome === 'answered';
    case 'voicemail':
      return call.outcome === 'voicemail';
    case 'unreturned':
      return unreturned;
    case 'inbound':
      return call.direction === 'Inbound';
    case 'outbound':
      return call.direction === 'Outbound';
    case 'recorded':
      return call.recordingId !== undefined;
    case 'voice':
      return call.type === 'Voice';
    case 'fax':
      return call.type === 'Fax';
  }
}
