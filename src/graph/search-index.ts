import type { GraphConnection } from './connection.js';
import { cypher } from './cypher-registry.js';

/**
 * The actor_names full-text index is eventually consistent (see cypher/schema/012): after this
 * returns, searches see every article committed before the call. For writers whose caller
 * searches next (the `ingest` command, the `ingestArticle` mutation); workers do not wait.
 */
export async function awaitSearchIndex(graph: GraphConnection): Promise<void> {
  await graph.driver.executeQuery(cypher().get('ingest/await-search-index'), {}, { database: graph.database });
}
