/**
 * Pass 2: split the normalised text into sentences and tokenise each one.
 *
 * A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) before white space
 * and a word that can start a sentence, unless the full stop ends an abbreviation ("Dr.",
 * "Gen.", "Oct.") or an initial; initialisms ("U.S.") end a sentence only before a typical
 * sentence opener. Line breaks end a sentence too: scraped articles put one paragraph (or a
 * title) on a line. A line that starts in lower case continues the sentence (hard-wrapped
 * text). Datelines ("DOHA —") stay with their sentence. Overlong sentences are cut so that no
 * later pass ever sees more than MAX_SENTENCE_CHARS at once.
 */

import { MONTH_ABBREVIATIONS } from './data/words.js';
import { tokenize } from './tokenize.js';
import type { Sentence, Span } from './types.js';

export const MAX_SENTENCE_CHARS = 1_500;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'adm',
  'brig',
  'sgt',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vs',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  ...MONTH_ABBREVIATIONS,
  'approx',
  'est',
  'dept',
  'fig',
  'al',
  'op',
  'vol',
  'art',
  'para',
  'cf',
]);
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'but',
  'and',
  'in',
  'on',
  'at',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'after',
  'as',
  'when',
  'while',
  'however',
  'meanwhile',
  'there',
  'if',
  'for',
  'last',
  'earlier',
  'later',
]);

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n';
const isTerminalOrCloser = (c: string): boolean =>
  c === '"' || c === "'" || c === ')' || c === ']' || c === '.' || c === '!' || c === '?';
const LOWER_START = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Sentence spans of text[0, limit), trimmed, in order. */
export function findSentenceSpans(text: string, limit: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end) {
      let to = end;
      if (end - s > MAX_SENTENCE_CHARS) {
        to = s + MAX_SENTENCE_CHARS;
        // Cut at a space in the second half of the chunk if there is one (bounded scan).
        for (let k = to; k > s + MAX_SENTENCE_CHARS / 2; k--) {
          if (isSpace(text.charAt(k))) {
            to = k;
            break;
          }
        }
      }
      let a = s;
      while (a < to && isSpace(text.charAt(a))) a++;
      let b = to;
      while (b > a && isSpace(text.charAt(b - 1))) b--;
      if (b > a) spans.push({ start: a, end: b });
      s = to;
    }
  };
  for (let i = 0; i < limit; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      let j = i + 1;
      while (j < limit && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j++;
      const next = text.charAt(j);
      if (next === '\n' || j >= limit || !LOWER_START.test(next)) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < limit && isTerminalOrCloser(text.charAt(j))) j++;
    const dot = i;
    // Everything up to j is punctuation already looked at: never rescan it.
    i = j - 1;
    if (j < limit && !isSpace(text.charAt(j))) continue;
    let k = j;
    while (k < limit && (text.charAt(k) === ' ' || text.charAt(k) === '\t')) k++;
    if (k >= limit || text.charAt(k) === '\n') continue; // the line break ends it
    if (LOWER_START.test(text.charAt(k))) continue;
    if (c === '.' && j === dot + 1 && !endsSentence(text, dot, k, limit)) continue;
    push(j);
    start = j;
  }
  push(limit);
  return spans;
}

/** Whether the full stop at `dot` ends a sentence; `next` is where the following word starts. */
function endsSentence(text: string, dot: number, next: number, limit: number): boolean {
  let w = dot;
  const floor = Math.max(0, dot - 24); // bounded: a run of "a.a.a." must not be rescanned
  while (w > floor && (LETTER.test(text.charAt(w - 1)) || text.charAt(w - 1) === '.')) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  if (word.includes('.')) {
    // An initialism ("U.S."): a sentence end only before a typical opener.
    return SENTENCE_OPENERS.has(nextWord(text, next, limit).toLowerCase());
  }
  if (word.length === 1 && UPPER.test(word)) return false; // an initial: "J. Smith"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function nextWord(text: string, at: number, limit: number): string {
  let e = at;
  const ceiling = Math.min(limit, at + 24);
  while (e < ceiling && LETTER.test(text.charAt(e))) e++;
  return text.slice(at, e);
}

export function splitSentences(text: string, limit: number): Sentence[] {
  return findSentenceSpans(text, limit).map((span, index) => ({
    index,
    start: span.start,
    end: span.end,
    tokens: tokenize(text, span.start, span.end),
  }));
}
