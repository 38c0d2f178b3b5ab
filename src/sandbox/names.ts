// Word lists for the synthetic company. Phone numbers stay in the fictional 555-01xx range.

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas',
  'Mia', 'Amir', 'Charlotte', 'Mateo', 'Amelia', 'Hiro', 'Harper', 'Elijah', 'Priya', 'James',
  'Evelyn', 'Diego', 'Abigail', 'Kwame', 'Emily', 'Benjamin', 'Elena', 'Samuel', 'Grace', 'Daniel',
  'Chloe', 'Omar', 'Zoe', 'Henry', 'Nora', 'Wei', 'Lily', 'Jack', 'Aisha', 'Owen',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Garcia', 'Nguyen', 'Patel', 'Brown', 'Kim', 'Martinez', 'Okafor', 'Davis',
  'Lopez', 'Wilson', 'Anderson', 'Tanaka', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Harris',
  'Clark', 'Rossi', 'Lewis', 'Walker', 'Hall', 'Young', 'Allen', 'Wright', 'Scott', 'Green',
  'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans',
] as const;

/** Caller-ID names some external callers send (businesses and people). */
export const CALLER_NAMES = [
  'Globex Corp', 'Initech', 'Umbrella Supply', 'Stark Logistics', 'Wayne Freight', 'Hooli', 'Vandelay Imports',
  'Pied Piper', 'Acme Hardware', 'Soylent Foods', 'Cyberdyne', 'Tyrell Leasing', 'Wonka Candy', 'Gringotts Bank',
  'Maria Hernandez', 'Tom Becker', 'Sarah Cohen', 'Raj Malhotra', 'Linda Park', 'Chris Walsh',
] as const;

/** External area codes with the city RingCentral would report as `location`. */
export const AREA_CODES: ReadonlyArray<{ code: string; location: string }> = [
  { code: '212', location: 'New York, NY' },
  { code: '415', location: 'San Francisco, CA' },
  { code: '312', location: 'Chicago, IL' },
  { code: '617', location: 'Boston, MA' },
  { code: '206', location: 'Seattle, WA' },
  { code: '512', location: 'Austin, TX' },
  { code: '303', location: 'Denver, CO' },
  { code: '404', location: 'Atlanta, GA' },
  { code: '305', location: 'Miami, FL' },
  { code: '213', location: 'Los Angeles, CA' },
  { code: '602', location: 'Phoenix, AZ' },
  { code: '503', location: 'Portland, OR' },
];

/** The company's own numbers (extension direct lines), by hundreds of extensions. */
export const COMPANY_AREA_CODES = ['650', '408', '510', '925'] as const;
