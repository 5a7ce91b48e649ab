import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { LIST_GUESS, operationCost } from '../../src/api/query-cost.js';
import { operationDepth } from '../../src/api/query-depth.js';
import { buildApiSchema } from '../../src/api/schema-loader.js';

const schema = buildApiSchema();

describe('operationDepth', () => {
  it('counts field nesting through fragments, not introspection', () => {
    expect(operationDepth(parse('{ warrants { nodes { issuer { name } } } }'))).toBe(4);
    expect(
      operationDepth(
        parse(
          `query { warrants { ...W } } fragment W on WarrantConnection { nodes { ... on Warrant { subjects { name } } } }`,
        ),
      ),
    ).toBe(4);
    expect(operationDepth(parse('{ __schema { types { fields { type { ofType { name } } } } } }'))).toBe(0);
  });

  it('measures the operation asked for', () => {
    const document = parse('query A { health { status } } query B { warrants { nodes { key } } }');
    expect(operationDepth(document, 'A')).toBe(2);
    expect(operationDepth(document, 'B')).toBe(3);
  });
});

describe('operationCost', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    operationCost(schema, parse(query), variables);

  it('multiplies what is below a list by its first', () => {
    // the page's own round trip 10 + 10 × (nodes 0 + issuer 1)
    expect(cost('{ warrants(first: 10) { nodes { issuer { name } } } }')).toBe(20);
    expect(cost('query ($n: Int) { warrants(first: $n) { nodes { issuer { name } } } }', { n: 50 })).toBe(60);
    // the default first (20) when none or null is given
    expect(cost('{ warrants { nodes { issuer { name } } } }')).toBe(30);
    expect(cost('query ($n: Int) { warrants(first: $n) { nodes { issuer { name } } } }', { n: null })).toBe(30);
  });

  it('guesses lists without first, and caps first at the page size limit', () => {
    expect(cost('{ warrants(first: 1) { nodes { subjects { name } } } }')).toBe(10 + 1 * (1 + LIST_GUESS * 0));
    expect(cost('{ warrants(first: 1) { nodes { subjects { warrantsAgainst(first: 2) { key } } } } }')).toBe(
      10 + (1 + LIST_GUESS * (1 + 2 * 0)),
    );
    expect(cost('{ warrants(first: 1000) { nodes { issuer { name } } } }')).toBe(
      cost('{ warrants(first: 100) { nodes { issuer { name } } } }'),
    );
  });

  it('costs nested pages as their product, and introspection nothing', () => {
    expect(
      cost(
        '{ persons(first: 100) { nodes { warrantsAgainst(first: 100) { sources(first: 100) { article { title } } } } } }',
      ),
    ).toBe(10 + 100 * (1 + 100 * (1 + 100 * 1)));
    expect(cost('{ __schema { types { fields { name } } } }')).toBe(0);
  });

  it('charges fields with a round trip of their own each time they are asked for', () => {
    expect(cost('{ warrants(first: 0) { totalCount } }')).toBe(10 + 10);
    // totalCount once, not once per item
    expect(cost('{ warrants(first: 100) { totalCount pageInfo { hasNextPage } } }')).toBe(10 + 10 + 1);
    const paths = Array.from({ length: 1000 }, (_, i) => `p${i}: path(from: "person:a", to: "person:b") { length }`);
    expect(cost(`{ ${paths.join(' ')} }`)).toBe(50_000);
    // Look-ups by id go through one batched loader, however many aliases ask.
    expect(cost('{ a: actor(id: "person:a") { name } b: actor(id: "person:b") { name } }')).toBe(2);
  });
});
