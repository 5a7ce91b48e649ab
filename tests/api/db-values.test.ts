/** Driver values as the resolvers read them (src/api/db.ts toPlain). */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/api/db.js';

describe('toPlain', () => {
  it('turns integers into numbers and temporals into ISO strings, at any depth', () => {
    const row = {
      count: neo4j.int(42),
      event: {
        key: 'warrant:x',
        dateFrom: new neo4j.types.Date(2024, 11, 21),
        sources: [{ at: new neo4j.types.DateTime(2024, 11, 22, 9, 30, 0, 0, 0), starts: [neo4j.int(0), 17] }],
      },
      missing: undefined,
      nothing: null,
      texts: ['a', 'b'],
    };
    expect(toPlain(row)).toEqual({
      count: 42,
      event: {
        key: 'warrant:x',
        dateFrom: '2024-11-21',
        sources: [{ at: '2024-11-22T09:30:00Z', starts: [0, 17] }],
      },
      missing: null,
      nothing: null,
      texts: ['a', 'b'],
    });
  });

  it('converts the maps and lists the driver built in place, without copying them', () => {
    const texts = ['a long evidence sentence'];
    const map = { texts, nested: { n: neo4j.int(1) } };
    const plain = toPlain(map) as typeof map;
    expect(plain).toBe(map);
    expect(plain.texts).toBe(texts);
    expect(plain.nested).toEqual({ n: 1 });
  });

  it('gives null for a missing value and leaves scalars as they are', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain([undefined, 'x', 3, true])).toEqual([null, 'x', 3, true]);
  });
});
