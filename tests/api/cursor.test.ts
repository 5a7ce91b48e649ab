import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/api/cursor.js';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return undefined;
};

describe('cursors', () => {
  it('give back the position they were made from', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('NAME_ASC', 'DATE_DESC'),
        fc.oneof(fc.string(), fc.integer()),
        fc.string({ unit: 'grapheme' }),
        (order, sort, key) => {
          const cursor = encodeCursor({ order, sort, key });
          expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(decodeCursor(cursor, order)).toEqual({ order, sort, key });
        },
      ),
    );
  });

  it('belong to one order', () => {
    const cursor = encodeCursor({ order: 'DATE_DESC', sort: -20241121, key: 'warrant:x' });
    expect(codeOf(() => decodeCursor(cursor, 'DATE_ASC'))).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of text', Buffer.from('hello').toString('base64url')],
    ['wrong shape', Buffer.from(JSON.stringify(['c1', 'NAME_ASC', {}, 'k'])).toString('base64url')],
    ['wrong version', Buffer.from(JSON.stringify(['c0', 'NAME_ASC', 'a', 'k'])).toString('base64url')],
    ['too long', 'A'.repeat(4001)],
  ])('refuse %s with BAD_USER_INPUT', (_case, cursor) => {
    expect(codeOf(() => decodeCursor(cursor, 'NAME_ASC'))).toBe('BAD_USER_INPUT');
  });
});
