// What the rest of the bot needs from "/calllog …" parsing.

export { BadInputError } from './errors';
export { type CommandContext, parseCommand } from './parse-command';
export { normalisePhoneNumber } from './phone-number';
export { isValidTimeZone } from './time-zone';
export type { Audience, CallQuery, TimeWindow } from './types';
export { USAGE } from './usage';
export { type CalendarDate, resolveWindow, type Weekday, type WhenSpec } from './window';
