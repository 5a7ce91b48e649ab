/**
 * Splits a span of text into word, number, possessive and punctuation tokens with absolute
 * offsets. Shared by the sentence tokens and by the gazetteer, so that a phrase in a word list
 * and the same phrase in an article produce the same keys.
 */

import type { Token, TokenKind } from './types.js';

// Initialisms with full stops first ("U.S."), then words with inner hyphens or apostrophes
// ("al-Khulaifi", "O'Brien"), then any other single character. Each alternative consumes at
// least one character and the repetition needs a separator first, so matching stays linear.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const HAS_NON_ASCII = /[\u0080-\uffff]/;
const COMBINING = /\p{M}/gu;
const UPPER_START = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_CHAR = /\p{L}/u;

export function foldKey(s: string): string {
  const lower = s.toLowerCase();
  return HAS_NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING, '') : lower;
}

function makeToken(text: string, start: number, kind: TokenKind): Token {
  const lower = text.toLowerCase();
  const cap = kind === 'word' && lower.charAt(0) !== text.charAt(0) && UPPER_START.test(text);
  return {
    text,
    lower,
    key: HAS_NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING, '') : lower,
    start,
    end: start + text.length,
    kind,
    cap,
    // Only a capitalised word can be all capitals; count letters only then.
    upper: cap && text.length >= 2 && !LOWER.test(text) && (text.match(LETTER)?.length ?? 0) >= 2,
  };
}

/** Tokens of text.slice(start, end), offsets relative to text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const at = start + m.index;
    const first = raw.charCodeAt(0);
    const isWordChar = raw.length > 1 || WORD_CHAR.test(raw);
    if (!isWordChar) {
      tokens.push(makeToken(raw, at, isPossessiveQuote(raw, tokens, at, slice, m.index) ? 'poss' : 'punct'));
      continue;
    }
    // "Israel's" → "Israel" + "'s"
    if (raw.length > 2 && raw.endsWith("'s") && first !== 39) {
      const word = raw.slice(0, -2);
      tokens.push(makeToken(word, at, DIGITS_ONLY.test(word) ? 'num' : 'word'));
      tokens.push(makeToken("'s", at + word.length, 'poss'));
      continue;
    }
    tokens.push(makeToken(raw, at, DIGITS_ONLY.test(raw) ? 'num' : 'word'));
  }
  return tokens;
}

/** A bare apostrophe right after a word ending in "s" and before a space: "Hamas' leaders". */
function isPossessiveQuote(raw: string, tokens: readonly Token[], at: number, slice: string, index: number): boolean {
  if (raw !== "'") return false;
  const prev = tokens[tokens.length - 1];
  if (prev === undefined || prev.kind !== 'word' || prev.end !== at) return false;
  if (!prev.lower.endsWith('s')) return false;
  return slice.charAt(index + 1) === ' ' && LETTER_CHAR.test(slice.charAt(index + 2));
}

/** The parts of a hyphenated word with their offsets ("Qatar-based" → Qatar, based). */
export function hyphenParts(
  token: Token,
): Array<{ text: string; key: string; start: number; end: number; cap: boolean; upper: boolean }> {
  const parts: Array<{ text: string; key: string; start: number; end: number; cap: boolean; upper: boolean }> = [];
  let offset = 0;
  for (const piece of token.text.split('-')) {
    if (piece.length > 0) {
      const t = makeToken(piece, token.start + offset, 'word');
      parts.push({ text: t.text, key: t.key, start: t.start, end: t.end, cap: t.cap, upper: t.upper });
    }
    offset += piece.length + 1;
  }
  return parts;
}
