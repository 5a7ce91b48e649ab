/** Shared by the queue and worker integration tests: test articles, a test processor, clean-up. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleInput } from '../../src/contracts/article-input.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import type { WorkerLog } from '../../src/ingest/worker.js';
import type { ClaimedArticle } from '../../src/queue/article-queue.js';

export const silentLog: WorkerLog = { debug() {}, info() {}, warn() {}, error() {} };

export function testArticles(
  prefix: string,
  count: number,
  text = (i: number) => `Article ${i} of ${prefix}.`,
): ArticleInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-a${String(i).padStart(4, '0')}`,
    title: `Title ${i}`,
    url: `https://example.org/${prefix}/${i}`,
    publishedAt: '2025-09-09',
    text: text(i),
  }));
}

/**
 * A processor that does a real write in the article's transaction: one TestProcessed node per
 * processing. A count above one for an article means it was processed twice in committed transactions.
 */
export function recordingProcessor(worker: string, sleepMs = 0) {
  return async (tx: ManagedTransaction, article: ClaimedArticle): Promise<void> => {
    await tx.run('CREATE (:TestProcessed {articleId: $id, worker: $worker, claimToken: $token})', {
      id: article.id,
      worker,
      token: article.claimToken,
    });
    if (sleepMs > 0) await sleep(sleepMs);
  };
}

export async function processedCounts(graph: GraphConnection, prefix: string): Promise<Map<string, number>> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (p:TestProcessed) WHERE p.articleId STARTS WITH $prefix RETURN p.articleId AS id, count(*) AS n',
    { prefix },
    { database: graph.database },
  );
  return new Map(records.map((r) => [r.get('id') as string, r.get('n') as number]));
}

export async function articleNode(graph: GraphConnection, id: string): Promise<Record<string, unknown> | undefined> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (a:Article {id: $id}) RETURN properties(a) AS props',
    { id },
    { database: graph.database },
  );
  return records[0]?.get('props') as Record<string, unknown> | undefined;
}

export async function statusesOf(graph: GraphConnection, prefix: string): Promise<Record<string, number>> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.status AS status, count(*) AS n',
    { prefix },
    { database: graph.database },
  );
  return Object.fromEntries(records.map((r) => [r.get('status') as string, r.get('n') as number]));
}

/** The failed articles of a test and why each failed, for assertion messages. */
export async function failuresOf(graph: GraphConnection, prefix: string): Promise<Record<string, unknown>> {
  const { records } = await graph.driver.executeQuery(
    "MATCH (a:Article {status: 'failed'}) WHERE a.id STARTS WITH $prefix RETURN a.id AS id, a.attempts AS attempts, a.lastError AS error",
    { prefix },
    { database: graph.database },
  );
  return Object.fromEntries(
    records.map((r) => [
      r.get('id') as string,
      { attempts: r.get('attempts') as unknown, error: r.get('error') as unknown },
    ]),
  );
}

/** Deletes only what a test created: its articles, their TestProcessed nodes, and given extra ids. */
export async function cleanUp(graph: GraphConnection, prefix: string, extraIds: string[] = []): Promise<void> {
  const db = { database: graph.database };
  await graph.driver.executeQuery('MATCH (a:Article) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix }, db);
  await graph.driver.executeQuery(
    'MATCH (p:TestProcessed) WHERE p.articleId STARTS WITH $prefix DELETE p',
    { prefix },
    db,
  );
  if (extraIds.length > 0) {
    await graph.driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids: extraIds }, db);
  }
}
