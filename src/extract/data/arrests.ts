/**
 * Words that report what happens to a wanted person after a warrant (Arrest events, format 1.1).
 * General English news usage; all matching is on lower-cased words.
 */
import type { ArrestKind } from '../../contracts/extraction-document.js';

/** Past forms that report the step on their own: "police arrested X", "X was detained". */
export const ARREST_VERBS: Readonly<Record<string, ArrestKind>> = {
  arrested: 'arrest',
  detained: 'arrest',
  apprehended: 'arrest',
  captured: 'arrest',
  surrendered: 'surrender',
  transferred: 'transfer',
  extradited: 'transfer',
  released: 'release',
  freed: 'release',
};

/** Two-word forms: "handed over", "turned (himself) in" is read by the rule. */
export const ARREST_PHRASES: ReadonlyArray<{ readonly words: readonly string[]; readonly kind: ArrestKind }> = [
  { words: ['handed', 'over'], kind: 'transfer' },
  { words: ['flown', 'to'], kind: 'transfer' },
];

/** Words before the verb that make it a possibility, a wish or a denial, not an event. */
export const HYPOTHETICAL_WORDS: ReadonlySet<string> = new Set([
  'could',
  'can',
  'may',
  'might',
  'would',
  'should',
  'will',
  'must',
  'to',
  'not',
  'never',
  "n't",
  'if',
  'unless',
  'whether',
]);

/** Nouns for the people who arrest, after the demonym or state they serve: "German authorities". */
export const AUTHORITY_NOUNS: ReadonlySet<string> = new Set([
  'authorities',
  'police',
  'officers',
  'officials',
  'forces',
  'troops',
  'agents',
  'prosecutors',
  'government',
]);

/** Prepositions that tie the step to a warrant: "on an ICC warrant", "in response to a warrant". */
export const WARRANT_TIES: ReadonlySet<string> = new Set([
  'on',
  'under',
  'response',
  'following',
  'pursuant',
  'executing',
]);
