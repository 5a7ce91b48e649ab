import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneTerms, nameCandidatesQuery, searchQuery } from '../../src/api/lucene.js';

const SPECIALS = ['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];

/** Removes escaped characters; what is left must hold no special character of its own. */
const unescaped = (query: string): string => query.replace(/\\./g, '');

describe('escapeLucene', () => {
  it('escapes every special character of the query syntax', () => {
    for (const char of SPECIALS) expect(escapeLucene(`a${char}b`)).toBe(`a\\${char}b`);
    expect(escapeLucene('a && b || !c')).toBe('a \\&\\& b \\|\\| \\!c');
  });

  it('leaves no special character unescaped, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const left = unescaped(escapeLucene(text));
        for (const char of SPECIALS) expect(left).not.toContain(char);
      }),
    );
  });
});

describe('search queries', () => {
  it('require every word, the last one as a prefix too, and add forms without diacritics', () => {
    expect(searchQuery('ICC')).toBe('(icc OR icc*)');
    expect(searchQuery('benjamin netan')).toBe('benjamin AND (netan OR netan*)');
    expect(searchQuery('Doğan')).toBe('(doğan OR doğan* OR dogan OR dogan*)');
    expect(searchQuery('al-Hayya')).toBe('al AND (hayya OR hayya*)');
  });

  it('keep apostrophes and full stops inside words, as the index does', () => {
    expect(luceneTerms("Qatar's U.S.")).toEqual(["qatar's", 'u.s']);
  });

  it('turn operators into plain lower-case words and drop syntax', () => {
    expect(searchQuery('a AND (b OR NOT c)')).toBe('a AND and AND b AND or AND not AND (c OR c*)');
    expect(searchQuery('"name:*" ~ ^2')).toBe('name AND (2 OR 2*)');
    expect(searchQuery('+++ ---')).toBeUndefined();
    expect(searchQuery('')).toBeUndefined();
  });

  it('are made only of words, our operators and our syntax', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const query of [searchQuery(text), nameCandidatesQuery(text)]) {
          if (query === undefined) continue;
          // Our syntax: parentheses, prefix *, fuzzy ~1, boosts ^2/^4, phrase quotes; nothing else.
          const left = unescaped(query).replace(/\*|~1|\^[24]|[()"]/g, '');
          for (const char of SPECIALS) expect(left, query).not.toContain(char);
        }
      }),
    );
  });

  it('look up names by any word, the phrase first, with fuzzy long words', () => {
    expect(nameCandidatesQuery('Karim Khan')).toBe('"karim khan"^4 OR (karim^2 OR karim~1) OR khan');
    expect(nameCandidatesQuery('!!!')).toBeUndefined();
  });
});
