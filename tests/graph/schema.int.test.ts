import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { connectTestGraph, uniqueTestPrefix } from '../setup/test-neo4j.js';

const EXPECTED_CONSTRAINTS: Array<[string, string, string]> = [
  ['article_id_unique', 'Article', 'id'],
  ['person_key_unique', 'Person', 'key'],
  ['state_key_unique', 'State', 'key'],
  ['court_key_unique', 'Court', 'key'],
  ['organization_key_unique', 'Organization', 'key'],
  ['place_key_unique', 'Place', 'key'],
  ['warrant_key_unique', 'Warrant', 'key'],
  ['strike_key_unique', 'Strike', 'key'],
  ['meeting_key_unique', 'Meeting', 'key'],
  ['actor_key_unique', 'Actor', 'key'],
  ['event_key_unique', 'Event', 'key'],
];

let graph: GraphConnection;
const prefix = uniqueTestPrefix('schema');

beforeAll(async () => {
  graph = await connectTestGraph();
});

afterAll(async () => {
  await graph.driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $prefix OR n.key STARTS WITH $prefix DETACH DELETE n',
    { prefix },
    { database: graph.database },
  );
  await graph.close();
});

describe('applySchema', () => {
  it('replaces a synchronous actor_names index from an older database by the eventually consistent one', async () => {
    const db = { database: graph.database };
    const eventuallyConsistent = async (): Promise<unknown> => {
      const { records } = await graph.driver.executeQuery(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'actor_names' RETURN options.indexConfig.`fulltext.eventually_consistent` AS ec",
        {},
        db,
      );
      return records.map((r) => r.get('ec') as unknown);
    };
    await graph.driver.executeQuery('DROP INDEX actor_names IF EXISTS', {}, db);
    await graph.driver.executeQuery(
      'CREATE FULLTEXT INDEX actor_names FOR (n:Person|State|Court|Organization|Place) ON EACH [n.name, n.aliases]',
      {},
      db,
    );
    expect(await eventuallyConsistent()).toEqual([false]);
    await applySchema(graph);
    expect(await eventuallyConsistent()).toEqual([true]);
    await applySchema(graph);
    expect(await eventuallyConsistent()).toEqual([true]);
  });

  it('creates each uniqueness constraint exactly once, however often it runs', async () => {
    await applySchema(graph);
    await applySchema(graph);
    const { records } = await graph.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
      {},
      { database: graph.database },
    );
    for (const [name, label, property] of EXPECTED_CONSTRAINTS) {
      const matching = records.filter(
        (r) => (r.get('labelsOrTypes') as string[])[0] === label && (r.get('properties') as string[])[0] === property,
      );
      expect(
        matching.map((r) => r.get('name')),
        `${label}.${property}`,
      ).toEqual([name]);
      expect(matching[0]?.get('type')).toBe('UNIQUENESS');
    }
  });

  it('makes Neo4j reject a second Article with the same id', async () => {
    await applySchema(graph);
    const id = `${prefix}-article`;
    await graph.driver.executeQuery('CREATE (:Article {id: $id})', { id }, { database: graph.database });
    await expect(
      graph.driver.executeQuery('CREATE (:Article {id: $id})', { id }, { database: graph.database }),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });

  it('makes Neo4j reject two actors with one key, even under different labels', async () => {
    await applySchema(graph);
    const key = `${prefix}-actor`;
    await graph.driver.executeQuery(
      'CREATE (:Person:Actor {key: $key, name: "A"})',
      { key },
      { database: graph.database },
    );
    await expect(
      graph.driver.executeQuery('CREATE (:State:Actor {key: $key, name: "B"})', { key }, { database: graph.database }),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });

  it('indexes actor names and aliases for full-text search', async () => {
    await applySchema(graph);
    const key = `${prefix}-searchable`;
    const alias = `Zqxv${Date.now().toString(36)}`;
    await graph.driver.executeQuery(
      'CREATE (:Person:Actor {key: $key, name: "Someone Made Up", aliases: [$alias, "Another Name"]})',
      { key, alias },
      { database: graph.database },
    );
    // Full-text indexes are eventually consistent; poll briefly for the new node.
    let found: unknown[] = [];
    for (let attempt = 0; attempt < 50 && found.length === 0; attempt++) {
      const { records } = await graph.driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node RETURN node.key AS key",
        { q: alias },
        { database: graph.database },
      );
      found = records.map((r) => r.get('key'));
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found).toEqual([key]);
  });
});
