// What the rest of the bot needs from "/calllog …" parsing.

export { BadInputError } from '../errors.js';
export { type CommandContext, parseCommand } from './parse-command.js';
export { normalisePhoneNumber } from './phone-number.js';
export { isValidTimeZone } from './time-zone.js';
export type { Audience, CallQuery, TimeWindow } from './types.js';
export { USAGE } from './usage.js';
export { type CalendarDate, resolveWindow, type Weekday, type WhenSpec } from './window.js';
