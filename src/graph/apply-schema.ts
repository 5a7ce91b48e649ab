import { cypher, type CypherRegistry } from './cypher-registry.js';
import type { GraphConnection } from './connection.js';

const AWAIT_INDEXES_SECONDS = 300;

/**
 * Runs every cypher/schema/* statement in file order. Each is idempotent (IF NOT EXISTS),
 * so this runs at every start-up. Schema statements cannot share a transaction with data
 * writes, so each runs alone; then we wait until the indexes are online.
 */
export async function applySchema(
  graph: GraphConnection,
  registry: CypherRegistry = cypher(),
): Promise<{ statements: string[] }> {
  const names = registry.names('schema/');
  for (const name of names) {
    await graph.driver.executeQuery(registry.get(name), {}, { database: graph.database });
  }
  await graph.driver.executeQuery(`CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})`, {}, { database: graph.database });
  return { statements: names };
}
