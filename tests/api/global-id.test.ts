import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, parseId, parseIdOf, toGlobalId } from '../../src/api/global-id.js';

const code = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return undefined;
};

describe('global ids', () => {
  it('are base64 of Type:key', () => {
    expect(toGlobalId('Person', 'person:benjamin-netanyahu')).toBe(
      Buffer.from('Person:person:benjamin-netanyahu').toString('base64'),
    );
  });

  it('decode to the type and key they were made from, for any key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NODE_TYPES),
        fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
        (type, key) => {
          const ref = parseId(toGlobalId(type, key));
          expect(ref.type).toBe(type);
          expect(ref.key).toBe(key);
        },
      ),
    );
  });

  it('accept a typed graph key as it is', () => {
    expect(parseId('court:international-criminal-court')).toEqual({
      kind: 'actor',
      type: 'Court',
      key: 'court:international-criminal-court',
    });
    expect(parseId('warrant:court:icc:against:person:x')).toMatchObject({ kind: 'event', type: 'Warrant' });
  });

  it.each([
    ['empty', ''],
    ['not base64', 'not an id'],
    ['unknown type', Buffer.from('Planet:earth').toString('base64')],
    ['no key', Buffer.from('Person:').toString('base64')],
    ['no colon', Buffer.from('Person').toString('base64')],
    ['non-canonical base64', `${toGlobalId('Person', 'person:a')}=`],
    ['unknown key prefix', 'planet:earth'],
    ['bare prefix', 'person:'],
    ['too long', 'A'.repeat(2001)],
  ])('refuse a malformed id (%s) with BAD_USER_INPUT', (_case, id) => {
    expect(code(() => parseId(id))).toBe('BAD_USER_INPUT');
  });

  it('refuse an id of another kind where one kind is expected', () => {
    expect(code(() => parseIdOf(toGlobalId('Warrant', 'warrant:x'), 'actor', 'id'))).toBe('BAD_USER_INPUT');
    expect(parseIdOf(toGlobalId('Article', 'a-1'), 'article', 'id')).toEqual({
      kind: 'article',
      type: 'Article',
      key: 'a-1',
    });
  });
});
