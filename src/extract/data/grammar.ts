/**
 * Closed-class words the phrase walkers read by: determiners, auxiliaries, quantities, time
 * and place prepositions, the punctuation that ends a clause.
 *
 * Source: general knowledge of English grammar (the closed word classes). All lower case.
 */

import { MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES } from './words.js';

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'both',
  'some',
]);

export const QUANTIFIERS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS,
  'several',
  'many',
  'some',
  'other',
  'more',
  'most',
]);

export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'may',
  'might',
  'also',
  'reportedly',
  'allegedly',
  'personally',
  'repeatedly',
  'again',
  'then',
  'later',
  'previously',
  'recently',
  'already',
  'just',
  'first',
  'once',
  'never',
  'not',
  'now',
  'still',
]);

/** Words of a time adverbial between a subject and its verb: "Russia on Friday launched". */
export const TEMPORAL_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
  'weekend',
  'week',
  'month',
  'year',
  'today',
  'yesterday',
]);

/** Words that open such an adverbial: "on", "late on", "last", "earlier this". */
export const TEMPORAL_OPENERS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'late',
  'early',
  'last',
  'this',
  'earlier',
  'overnight',
  'yesterday',
  'today',
]);

export const QUANTITIES: ReadonlySet<string> = new Set([
  'hundreds',
  'thousands',
  'dozens',
  'scores',
  'more',
  'least',
  'at',
  'about',
  'some',
  'several',
  'many',
]);

export const COUNT_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS, 'eleven', 'twelve', 'than']);

export const LOCATION_WORDS: ReadonlySet<string> = new Set(['in', 'into', 'inside', 'across', 'near']);

/** Words of direction before a place name: "in central Beirut", "Afghanistan's eastern Paktika province". */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set([
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'downtown',
]);

export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their']);

export const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

export const LIST_COPULAS: ReadonlySet<string> = new Set(['are', 'were', 'include', 'included', 'includes']);

export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'into',
  'outside',
  'inside',
  'across',
  'around',
]);

export const APPOSITION_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'who',
  'whose',
]);

/** Tokens that end a clause for the purposes of argument search. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', '(', ')', '"', '—', '–']);

/** Modal verbs and "to": before "issue" they make an act a possibility ("could issue"). */
export const MODALS: ReadonlySet<string> = new Set(['could', 'can', 'may', 'might', 'would', 'to']);

/** The article and the possessive determiners: "the warrants", "its applications". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their']);

/** Words before a place: "in Germany", "to Israel", "visited Qatar". */
export const LOCATIVES: ReadonlySet<string> = new Set([
  'in',
  'into',
  'to',
  'from',
  'at',
  'near',
  'across',
  'toward',
  'towards',
  'inside',
  'outside',
  'visit',
  'visited',
  'visiting',
  'visits',
]);

/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Prepositions that open a sentence with a phrase before its subject: "Despite a warrant, X …". */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['despite', 'under', 'with', 'following', 'after']);

/** Ordinals inside a title: "Second Vice-President", "First Deputy". */
export const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth']);

/** Words that open a subordinate clause: "A led the group after B was killed" (B, not A). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'since',
  'because',
  'although',
  'as',
  'until',
]);

/** Prepositions whose object, set off by a comma, opens the sentence: "According to the UN, …". */
export const LIST_BREAKING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'of',
  'by',
  'for',
  'with',
  'from',
  'in',
  'at',
  'on',
]);
