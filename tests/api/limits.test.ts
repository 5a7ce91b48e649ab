// graphql/index.js: the copy the schema was built with (see src/api/graphql.ts).
import { getIntrospectionQuery, graphqlSync, parse } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { LEAF_COST, LIST_GUESS, operationCost, STATEMENT_COST } from '../../src/api/query-cost.js';
import { operationDepth } from '../../src/api/query-depth.js';
import { buildApiSchema } from '../../src/api/schema-loader.js';
import { CONFIG_VARIABLES } from '../../src/config.js';

const schema = buildApiSchema();
const DEFAULT_MAX_COST = Number(CONFIG_VARIABLES.API_MAX_COST.defaultValue());

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

/** `{ F(levels) }` where F0 is `{ name }` and each F(i) spreads F(i-1) four times: 4^levels names. */
function fragmentBomb(levels: number): string {
  let query = 'fragment F0 on Actor { name }\n';
  for (let i = 1; i <= levels; i += 1) query += `fragment F${i} on Actor { ${`...F${i - 1} `.repeat(4)}}\n`;
  return `${query}{ actorByName(name: "Israel") { ...F${levels} } }`;
}

const aliases = (count: number, field: string): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('operationCost', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    operationCost(schema, parse(query), variables);
  const S = STATEMENT_COST;

  it('multiplies what is below a list by its first', () => {
    // the page's own statement + 10 × (nodes 0 + issuer 1 + name 0.1)
    expect(cost('{ warrants(first: 10) { nodes { issuer { name } } } }')).toBe(S + 11);
    expect(cost('query ($n: Int) { warrants(first: $n) { nodes { issuer { name } } } }', { n: 50 })).toBe(S + 55);
    // the default first (20) when none or null is given
    expect(cost('{ warrants { nodes { issuer { name } } } }')).toBe(S + 22);
    expect(cost('query ($n: Int) { warrants(first: $n) { nodes { issuer { name } } } }', { n: null })).toBe(S + 22);
  });

  it('guesses lists without first, and caps first at the page size limit', () => {
    // rounded up: 1.5 for the subjects and their names
    expect(cost('{ warrants(first: 1) { nodes { subjects { name } } } }')).toBe(S + 2);
    expect(cost('{ warrants(first: 1) { nodes { subjects { warrantsAgainst(first: 2) { key } } } } }')).toBe(
      S + (1 + LIST_GUESS * (1 + 2 * LEAF_COST)),
    );
    expect(cost('{ warrants(first: 1000) { nodes { issuer { name } } } }')).toBe(
      cost('{ warrants(first: 100) { nodes { issuer { name } } } }'),
    );
    // a list of leaves is one leaf
    expect(cost('{ warrants(first: 100) { nodes { charges } } }')).toBe(S + 100 * LEAF_COST);
  });

  it('costs nested pages as their product; __typename is free', () => {
    expect(
      cost(
        '{ persons(first: 100) { nodes { warrantsAgainst(first: 100) { sources(first: 100) { article { title } } } } } }',
      ),
    ).toBe(Math.round(S + 100 * (1 + 100 * (1 + 100 * (1 + LEAF_COST)))));
    expect(cost('{ warrants(first: 1) { nodes { __typename } } }')).toBe(S);
  });

  it('charges fields with a statement of their own each time they are asked for', () => {
    expect(cost('{ warrants(first: 0) { totalCount } }')).toBe(S + S);
    // totalCount once, not once per item
    expect(cost('{ warrants(first: 100) { totalCount pageInfo { hasNextPage } } }')).toBe(S + S + 2);
    expect(cost(aliases(10, 'path(from: "person:a", to: "person:b") { length }'))).toBe(10 * (5 * S) + 1);
    // Look-ups by id go through one batched loader, however many aliases ask.
    expect(cost('{ a: actor(id: "person:a") { name } b: actor(id: "person:b") { name } }')).toBe(3);
  });

  it('refuses 500 aliases of warrants(first: 1) and of search, which escaped the limit (issue 10, finding 2)', () => {
    expect(cost(aliases(500, 'warrants(first: 1) { nodes { key } }'))).toBeGreaterThan(DEFAULT_MAX_COST);
    expect(cost(aliases(500, 'search(query: "ICC", first: 1) { score }'))).toBeGreaterThan(DEFAULT_MAX_COST);
    // …while a page of a hundred warrants with what the IDE's first example asks stays well inside it.
    expect(
      cost(`{ warrants(first: 100) { nodes { issuer { name } subjects { name } date { value precision } charges
        sources(first: 1) { article { title } evidence { text } } } } }`),
    ).toBeLessThan(DEFAULT_MAX_COST / 10);
  });

  it('costs introspection at about what it returns: the IDE may ask once, 400 aliases may not (issue 10, finding 2)', () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true });
    const answer = graphqlSync({ schema, source: full });
    expect(answer.errors).toBeUndefined();
    // What the answer holds, in cost units: an object or a list field 1, a leaf LEAF_COST.
    let values = 0;
    const count = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(count);
      else if (value !== null && typeof value === 'object')
        for (const inner of Object.values(value)) {
          values += inner !== null && typeof inner === 'object' ? 1 : LEAF_COST;
          count(inner);
        }
    };
    count(answer.data);
    const estimate = cost(full);
    expect(estimate).toBeGreaterThan(values * 0.8);
    expect(estimate).toBeLessThan(values * 1.25);
    expect(estimate).toBeLessThan(DEFAULT_MAX_COST);
    expect(cost(aliases(400, '__schema { types { name kind fields { name } } }'))).toBeGreaterThan(DEFAULT_MAX_COST);
  });

  it('refuses fragments spread four times over twelve levels, and costs them in linear time (issue 10, finding 1)', () => {
    expect(fragmentBomb(12)).toHaveLength(671);
    expect(cost(fragmentBomb(12))).toBe(Math.ceil(S + 4 ** 12 * LEAF_COST));
    expect(operationDepth(parse(fragmentBomb(12)))).toBe(2);
    // 4^60 names: only a walk that costs each fragment once ever finishes.
    expect(cost(fragmentBomb(60))).toBeGreaterThan(4 ** 58);
    expect(operationDepth(parse(fragmentBomb(60)))).toBe(2);
  });
});
