/**
 * Pass 1: normalise the text for matching without moving any character.
 *
 * Every replacement is one UTF-16 code unit for one, so an offset into the normalised text is
 * the same offset into the original: evidence is sliced from the original with the offsets
 * found here. Curly quotes become straight ones, exotic spaces and control characters become
 * spaces, HTML tags and character references are blanked (block tags leave a line break so
 * that paragraphs still end sentences).
 */

/** Longer input is hashed whole but read only up to here: no news article comes close. */
export const MAX_TEXT_CHARS = 400_000;

export interface NormalizedText {
  /** Same length as the original. */
  text: string;
  /** Characters [0, limit) are read by the later passes. */
  limit: number;
}

const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};
// One character each: exotic spaces, zero-width characters, C0 controls other than \t \n.
const SPACES =
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  /[\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
// A tag: "<" + name + anything but angle brackets, bounded so a stray "<" cannot scan far.
// A scan stops at the next "<", so the scans of all tags together stay linear.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}>/g;
const BLOCK_TAGS = new Set([
  'p',
  'br',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'figcaption',
  'title',
]);
const CHAR_REF = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const NAMED_REFS: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '&rsquo;': "'",
  '&lsquo;': "'",
  '&ldquo;': '"',
  '&rdquo;': '"',
  '&lt;': '<',
  '&gt;': '>',
  '&mdash;': '-',
  '&ndash;': '-',
};

export function normalizeText(original: string): NormalizedText {
  let text = original.replace(QUOTES, (c) => CHAR_MAP[c] ?? c).replace(SPACES, ' ');
  // "\r\n" keeps its "\n"; a lone "\r" is a line break.
  text = text.replace(/\r(\n?)/g, (_m, nl: string) => (nl === '' ? '\n' : ' \n'));
  if (text.includes('<')) {
    text = blankComments(text);
    text = text.replace(TAG, (m, name: string | undefined) => {
      const blank = ' '.repeat(m.length);
      return name !== undefined && BLOCK_TAGS.has(name.toLowerCase()) ? `\n${blank.slice(1)}` : blank;
    });
  }
  if (text.includes('&')) {
    text = text.replace(CHAR_REF, (m) => {
      const ch = NAMED_REFS[m] ?? ' ';
      return ch + ' '.repeat(m.length - 1);
    });
  }
  return { text, limit: Math.min(text.length, MAX_TEXT_CHARS) };
}

/** Blanks "<!-- … -->" with one forward scan (a regular expression could rescan). */
function blankComments(text: string): string {
  let from = text.indexOf('<!--');
  if (from < 0) return text;
  const parts: string[] = [];
  let copied = 0;
  while (from >= 0) {
    const close = text.indexOf('-->', from + 4);
    if (close < 0) break;
    const end = close + 3;
    parts.push(text.slice(copied, from), ' '.repeat(end - from));
    copied = end;
    from = text.indexOf('<!--', end);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
