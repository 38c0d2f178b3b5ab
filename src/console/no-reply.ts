/** The bot did not answer (in time) what the console sent it. */
export class NoReplyError extends Error {}
