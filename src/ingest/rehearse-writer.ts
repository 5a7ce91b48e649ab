/**
 * A rehearsal of the writer at start-up: one article of our own goes through the worker's own
 * processor (extraction and every writer statement) in a transaction that is then rolled back.
 *
 * Why not EXPLAIN each statement: Neo4j caches a plan under the statement text together with the
 * types of its parameters and whether the transaction already holds writes (its CacheKey), and
 * the writer's second statement runs after the first has written. Only the writer's own calls
 * plan exactly what the first real article will look up, whatever the statements become. On a
 * fresh JVM planning them takes seconds that the first article a user submits would otherwise
 * wait for (`npm run bench:first-ingest`; docs/api-performance.md).
 */
import type { ClaimedArticle } from '../queue/article-queue.js';
import type { GraphConnection } from '../graph/connection.js';
import type { ClaimProcessor } from '../queue/queue-processing.js';
import { isNewsgraphError } from '../errors.js';

/** Our own sentences, with a person, a court, a state, a warrant, a strike, a meeting and an office. */
export const REHEARSAL_TEXT = [
  'The International Criminal Court issued an arrest warrant for Orla Brightwater on 3 March 2025.',
  'Judge Tomas Quillfeather of the court signed it.',
  'Israel carried out an air strike on Gaza City on 4 March 2025.',
  'Orla Brightwater met the President of France, Emmanuel Macron, in Paris on 5 March 2025.',
].join(' ');

/** The claim the rehearsal writes under; no real article has its id ("~" is in no slug). */
export const REHEARSAL_ARTICLE: ClaimedArticle = {
  id: 'newsgraph~rehearsal',
  title: 'Rehearsal of the writer',
  url: null,
  publishedAt: '2025-03-06',
  text: REHEARSAL_TEXT,
  textHash: 'rehearsal',
  ingestedTextHash: null,
  attempts: 1,
  claimToken: 'rehearsal',
  claimedBy: 'rehearsal',
  // Bounds a claimed article's transaction; the rehearsal runs its own, unbounded (a cold JVM plans for long).
  leaseMs: 60_000,
};

class Rollback extends Error {}

/**
 * Runs `processor` on REHEARSAL_ARTICLE in a write transaction that is rolled back: nothing is
 * written. There is no such article, so the writer finds nothing to withdraw and its last
 * statement, finding no claim to complete, ends with QUEUE_CLAIM_LOST after every statement was
 * planned and run. Returns how long it took; any other error reaches the caller.
 */
export async function rehearseWriter(graph: GraphConnection, processor: ClaimProcessor): Promise<number> {
  const started = performance.now();
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite(async (tx) => {
      await processor(tx, REHEARSAL_ARTICLE);
      throw new Rollback('rehearsal: roll back');
    });
  } catch (error) {
    if (!(error instanceof Rollback) && !isNewsgraphError(error, 'QUEUE_CLAIM_LOST')) throw error;
  } finally {
    await session.close();
  }
  return performance.now() - started;
}
