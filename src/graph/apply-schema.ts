import { cypher, type CypherRegistry } from './cypher-registry.js';
import type { GraphConnection } from './connection.js';

const AWAIT_INDEXES_SECONDS = 300;

/**
 * Definitions that changed after databases were made with the old one: when `check` returns a
 * row, `apply` drops the old index and the schema statements create the new one.
 */
const MIGRATIONS = [{ check: 'migrations/actor-names-synchronous', apply: 'migrations/drop-actor-names' }];

/**
 * Runs the migrations that apply, then every cypher/schema/* statement in file order. Each is
 * idempotent (IF NOT EXISTS), so this runs at every start-up. Schema statements cannot share a
 * transaction with data writes, so each runs alone; then we wait until the indexes are online.
 */
export async function applySchema(
  graph: GraphConnection,
  registry: CypherRegistry = cypher(),
): Promise<{ statements: string[] }> {
  const db = { database: graph.database };
  for (const migration of MIGRATIONS) {
    const { records } = await graph.driver.executeQuery(registry.get(migration.check), {}, db);
    if (records.length > 0) await graph.driver.executeQuery(registry.get(migration.apply), {}, db);
  }
  const names = registry.names('schema/');
  for (const name of names) {
    await graph.driver.executeQuery(registry.get(name), {}, db);
  }
  await graph.driver.executeQuery(`CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})`, {}, db);
  return { statements: names };
}
