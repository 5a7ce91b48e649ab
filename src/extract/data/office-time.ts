/**
 * Words that say when an office was held, read next to a title and its holder by
 * src/extract/role-dates.ts: "defence minister since 2019", "president from 2016 to 2022",
 * "Former President X, who served from 2016 to 2022".
 *
 * Source: general knowledge of English grammar (time prepositions, the verbs of holding an
 * office). All lower case.
 */

/**
 * Joined by a hyphen or dash to the words before a title: the office as it was at the time the
 * text speaks of, not now ("then-President X", "the then-army chief of staff X").
 */
export const THEN_WORDS: ReadonlySet<string> = new Set(['then']);

/** How many words may stand between "then-" and the title ("then-Kenyan army chief"). */
export const THEN_REACH = 3;

/** Before a date: the office was held from then on ("since 2019"). */
export const SINCE_WORDS: ReadonlySet<string> = new Set(['since']);

/** Before a date: the office ended then ("until March 2024"). */
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till']);

/** Opens a period "from D1 to D2": the office began at D1 and ended at D2. */
export const FROM_WORDS: ReadonlySet<string> = new Set(['from']);

/** Between the two dates of a period: "from 2016 to 2022", "from 2016 until 2022". */
export const TO_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through']);

/** Opens a period "between D1 and D2". */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set(['between']);

/** Between the two dates of "between D1 and D2". */
export const AND_WORDS: ReadonlySet<string> = new Set(['and']);

/**
 * In a relative clause after the holder, before the office and its dates: "X, who has been
 * defence minister since 2019", "X, who served as president from 2016 to 2022", "X, who held
 * the post until 2024".
 */
export const OFFICE_VERBS: ReadonlySet<string> = new Set([
  'who',
  'has',
  'had',
  'have',
  'been',
  'was',
  'is',
  'served',
  'serves',
  'serving',
  'held',
  'holds',
  'as',
  'ruled',
  'led',
  'governed',
  'headed',
]);

/**
 * Words that may stand between a title (or its holder) and the time phrase without opening
 * another clause: "minister of defence since 2019", "president of the country until 2022",
 * "in office since", "in the post until".
 */
export const OFFICE_GAP_WORDS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'in',
  'office',
  'post',
  'role',
  'job',
  'position',
  'its',
  'his',
  'her',
  'their',
  'country',
  "'s",
]);

/**
 * Between "until" and its date, a noun phrase naming the end: "until his dismissal in November
 * 2024", "until her resignation last year". At most this many tokens.
 */
export const UNTIL_EVENT_SPAN = 5;

/** How many tokens after the title or holder the time phrase may start. */
export const OFFICE_TIME_REACH = 10;
