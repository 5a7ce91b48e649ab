/**
 * Turns what a user typed into a Lucene query for the `actor_names` full-text index. User text
 * is never Lucene syntax: every special character is escaped, and terms are lower-cased so
 * that AND, OR and NOT are words, not operators.
 */
import { normalizeName } from '../text/normalize-name.js';

/** Lucene's special characters (classic query parser); `&&` and `||` are covered by & and |. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

/** At most this many words of a query are used; the rest cannot change much. */
const MAX_TERMS = 8;

/**
 * Splits where the index's standard analyzer splits names (white space, punctuation, symbols),
 * except inside words at apostrophes and full stops, which it keeps ("qatar's", "u.s").
 */
const TERM_SEPARATORS = /(?:[\s\p{S}]|(?![.'’])\p{P})+/u;
const EDGE_MARKS = /^[.'’]+|[.'’]+$/g;

/** The words of a query as the index has them: split like the analyzer, lower-cased, escaped. */
export function luceneTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(TERM_SEPARATORS)
    .map((term) => term.replace(EDGE_MARKS, ''))
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS)
    .map(escapeLucene);
}

/**
 * The `search` query: every word must match, the last one may be a word's beginning (search as
 * you type), and a word also matches its form without diacritics ("doğan" finds "Dogan").
 * Returns undefined when nothing searchable is left.
 */
export function searchQuery(text: string): string | undefined {
  const raw = luceneTerms(text);
  if (raw.length === 0) return undefined;
  const folded = luceneTerms(normalizeName(text));
  const clauses = raw.map((term, index) => {
    const forms = new Set([term]);
    const plain = folded[index];
    if (plain !== undefined && raw.length === folded.length) forms.add(plain);
    const last = index === raw.length - 1;
    const alternatives = [...forms].flatMap((form) => (last ? [form, `${form}*`] : [form]));
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
  });
  return clauses.join(' AND ');
}

/**
 * Candidates for an exact name look-up: any word may match, the whole name as a phrase counts
 * most, and words of five letters or more also match one edit away, so that a name written
 * without its diacritics still finds the indexed one ("Dogan" → "Doğan"). The caller then
 * compares normalised names exactly.
 */
export function nameCandidatesQuery(name: string): string | undefined {
  const raw = luceneTerms(name);
  const folded = luceneTerms(normalizeName(name));
  const terms = [...new Set([...raw, ...folded])];
  if (terms.length === 0) return undefined;
  const phrase = raw.length > 1 ? [`"${raw.join(' ')}"^4`] : [];
  const words = terms.map((term) => (term.replace(/\\/g, '').length >= 5 ? `(${term}^2 OR ${term}~1)` : term));
  return [...phrase, ...words].join(' OR ');
}
