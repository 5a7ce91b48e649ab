/**
 * Name normalisation shared by the scorer (spec, "Scoring") and the graph keys: Unicode NFKD, diacritics removed,
 * lower case, punctuation and a leading "the" removed, white space collapsed.
 *
 * Where the spec is silent:
 * - Apostrophes and full stops are deleted, so "U.S." → "us" and "Qatar’s" → "qatars".
 * - Every other punctuation mark or symbol (hyphens, dashes, slashes, brackets, quotes, "&", …)
 *   becomes a space, so "al-Khulaifi" = "al Khulaifi" and "Ben-Gvir" = "Ben Gvir", as the gold
 *   aliases expect, and "Gaza/Rafah" does not fuse into one word.
 * - Letters with a stroke or ligatures that NFKD does not decompose (ø, ł, đ, ß, æ, œ, ı) are
 *   folded by hand, since they are diacritics to a reader.
 * - Invisible format characters (soft hyphen, zero-width space) are deleted.
 */

/** Characters deleted outright: apostrophes and full stops join what they sit between. */
const ELIDED = /['’‘ʼ`´.·]/gu;
/** Any other punctuation or symbol separates words. */
const SEPARATORS = /[\p{P}\p{S}]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const FORMAT_CHARS = /\p{Cf}/gu;
const WHITE_SPACE = /\s+/gu;

const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
};
const UNDECOMPOSED = /[øłđðþßæœıħ]/gu;

export function normalizeName(s: string): string {
  const folded = s
    .normalize('NFKD')
    .toLowerCase()
    // Lower-casing can produce new decomposable characters (e.g. "İ"): decompose again.
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FORMAT_CHARS, '')
    .replace(UNDECOMPOSED, (c) => UNDECOMPOSED_LETTERS[c] ?? c)
    .replace(ELIDED, '')
    .replace(SEPARATORS, ' ')
    .replace(WHITE_SPACE, ' ')
    .trim();
  return folded.startsWith('the ') ? folded.slice('the '.length) : folded;
}
