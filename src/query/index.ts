// What the rest of the bot needs from "/calllog …" parsing.
export { parseCommand, type CommandContext } from './parse-command';
export { BadInputError } from './errors';
export { USAGE } from './usage';
export { resolveWindow, type WhenSpec, type CalendarDate, type Weekday } from './window';
export { normalisePhoneNumber } from './phone-number';
export { isValidTimeZone } from './time-zone';
export type { CallQuery, TimeWindow, Audience } from './types';
