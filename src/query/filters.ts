import type { CallFilter } from '../service/types.js';

/** Every filter word the command knows, in the order the usage lists them. */
export const CALL_FILTERS: readonly CallFilter[] = [
  'missed',
  'answered',
  'voicemail',
  'unreturned',
  'inbound',
  'outbound',
  'recorded',
  'voice',
  'fax',
];
