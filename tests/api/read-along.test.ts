/**
 * What a root resolver reads along with its rows, planned from the selection set: the blocks of
 * its statement and their parameters, for the shapes clients ask (fragments, aliases, variables).
 */
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { actorReadAlong, eventReadAlong } from '../../src/api/read-along.js';
import { Selection } from '../../src/api/selection.js';

// A schema of our own, just enough to run queries through graphql-js and capture `info`.
const schema = buildSchema(`
  type Actor { name: String issuer: Actor subjects: [Actor] actors: [Actor]
    sources(first: Int): [String] warrantsAgainst(first: Int): [Event] meetings(first: Int): [Event]
    counterparts(first: Int): [Actor] roles(first: Int, current: Boolean): [String] }
  type Event { date: String issuer: Actor participants: [Actor] sources(first: Int): [String] }
  type Edge { node: Event }
  type Connection { totalCount: Int nodes: [Event] edges: [Edge] }
  type Query { page: Connection actor: Actor }
`);

/** The root field's selection as its resolver sees it. */
function selectionOf(query: string, variables: Record<string, unknown> = {}): Selection {
  let captured: Selection | undefined;
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    captured = Selection.of(info);
    return null;
  };
  void execute({
    schema,
    document: parse(query),
    rootValue: { page: capture, actor: capture },
    variableValues: variables,
  });
  return captured as Selection;
}

describe('an event page reads along', () => {
  it('the actors and sources its nodes ask for, through fragments and variables', () => {
    const selection = selectionOf(
      `query ($n: Int) { page { totalCount ...F } }
       fragment F on Connection { nodes { ... on Event { issuer { name } } sources(first: $n) } }`,
      { n: 3 },
    );
    expect(eventReadAlong(selection)).toEqual({ blocks: ['actors', 'sources'], sourcesFirst: 3 });
    expect(selection.field('totalCount')).toBeDefined();
  });

  it('through edges { node }, with the default page size of sources', () => {
    expect(eventReadAlong(selectionOf('{ page { edges { node { participants { name } sources } } } }'))).toEqual({
      blocks: ['actors', 'sources'],
      sourcesFirst: 20,
    });
  });

  it('nothing for a page that asks only its own fields or only totalCount', () => {
    expect(eventReadAlong(selectionOf('{ page { nodes { date } } }'))).toEqual({ blocks: [], sourcesFirst: null });
    expect(eventReadAlong(selectionOf('{ page { totalCount } }'))).toEqual({ blocks: [], sourcesFirst: null });
  });

  it('no sources when aliases ask for two page sizes: each goes to its own loader', () => {
    const selection = selectionOf('{ page { nodes { a: sources(first: 2) b: sources(first: 5) } } }');
    expect(eventReadAlong(selection)).toEqual({ blocks: [], sourcesFirst: null });
  });
});

describe('an actor page reads along', () => {
  it('its event lists with their events’ actors when asked, its counterparts and its roles', () => {
    const plan = actorReadAlong(
      selectionOf(`{ actor { name warrantsAgainst(first: 5) { issuer { name } } meetings { date }
        counterparts(first: 5) { name } roles } }`),
    );
    expect(plan.blocks).toEqual(['lists', 'counterparts', 'roles']);
    expect(plan.counterpartsFirst).toBe(5);
    expect(plan.roles).toEqual({ first: 20, current: null });
    expect(plan.lists.map(({ relation, first, actors }) => ({ relation, first, actors }))).toEqual([
      { relation: 'warrantsAgainst', first: 5, actors: true },
      { relation: 'meetings', first: 20, actors: false },
    ]);
    expect(plan.lists[0]!.types).toEqual(['AGAINST']);
    expect(plan.lists[0]!.label).toBe('Warrant');
  });

  it('roles with the page size and filter the resolver will use, variables included', () => {
    const plan = actorReadAlong(
      selectionOf('query ($now: Boolean) { actor { roles(first: 3, current: $now) } }', { now: true }),
    );
    expect(plan).toMatchObject({ blocks: ['roles'], roles: { first: 3, current: true } });
  });

  it('no roles when aliases ask them with two filters: each goes to its own loader', () => {
    const plan = actorReadAlong(selectionOf('{ actor { now: roles(current: true) before: roles(current: false) } }'));
    expect(plan).toEqual({ blocks: [], lists: [], counterpartsFirst: null, roles: null });
  });

  it('nothing when only the actor’s own fields are asked', () => {
    expect(actorReadAlong(selectionOf('{ actor { name } }'))).toEqual({
      blocks: [],
      lists: [],
      counterpartsFirst: null,
      roles: null,
    });
  });
});
