// How far back one command may reach. RingCentral keeps more, but a longer window is a report, not a glance.
export const MAX_DAYS = 366;
export const MAX_HOURS = 72;
/** The longest "/calllog …" text read at all: a real command is a few words, mentions included; longer is a paste. */
export const MAX_COMMAND_LENGTH = 1000;
