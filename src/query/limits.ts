// How far back one command may reach. RingCentral keeps more, but a longer window is a report, not a glance.
export const MAX_DAYS = 366;
export const MAX_HOURS = 72;
