import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/01-normalize.js';
import { findSentenceSpans, MAX_SENTENCE_CHARS } from '../../src/extract/02-sentences.js';

const sentences = (text: string): string[] => {
  const { text: normalized, limit } = normalizeText(text);
  return findSentenceSpans(normalized, limit).map((s) => text.slice(s.start, s.end));
};

describe('01-normalize', () => {
  it('keeps every character in place so offsets index the original', () => {
    const original = '“Curly” quotes, it’s\u00a0here <p>and</p> &amp; more\r\nnext';
    const { text } = normalizeText(original);
    expect(text.length).toBe(original.length);
    expect(text).toContain('"Curly" quotes, it\'s here');
  });

  it('blanks HTML tags and comments and turns block tags into line breaks', () => {
    const { text } = normalizeText('<div>One.</div><!-- hidden --><p>Two.</p>');
    expect(text).not.toContain('<');
    expect(text).not.toContain('hidden');
    expect(text.replace(/\s+/g, ' ').trim()).toBe('One. Two.');
    expect(text).toContain('\n');
  });
});

describe('02-sentences', () => {
  it.each([
    [
      'does not split after U.S. before a name',
      'The U.S. President spoke. He left.',
      ['The U.S. President spoke.', 'He left.'],
    ],
    [
      'splits after U.S. before a sentence opener',
      'It angered the U.S. The talks ended.',
      ['It angered the U.S.', 'The talks ended.'],
    ],
    [
      'does not split after titles and months',
      'Gen. Ada Roe met Dr. Lee on Oct. 7, 2023. Both spoke.',
      ['Gen. Ada Roe met Dr. Lee on Oct. 7, 2023.', 'Both spoke.'],
    ],
    ['does not split after an initial', 'Mary J. Blige sang. Fans cheered.', ['Mary J. Blige sang.', 'Fans cheered.']],
    [
      'keeps a dateline with its sentence',
      'AMMAN — Talks resumed on Monday. More followed.',
      ['AMMAN — Talks resumed on Monday.', 'More followed.'],
    ],
    ['ends a sentence after a closing quote', 'He said "no." Then he left.', ['He said "no."', 'Then he left.']],
    [
      'splits titles without punctuation off by line breaks',
      'A Headline Here\n\nBody starts here.',
      ['A Headline Here', 'Body starts here.'],
    ],
    [
      'joins a hard-wrapped line that continues in lower case',
      'The minister said\nthat talks would resume.',
      ['The minister said\nthat talks would resume.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('cuts pathological sentences into bounded pieces', () => {
    const text = 'word '.repeat(2_000);
    const spans = sentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
