/** One read of the change feed: what was written to the graph since a point in time (cypher/feed/changes.cypher). */
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './connection.js';
import { cypher } from './cypher-registry.js';

/** An article's report of an event, as written by the graph writer. */
export interface ReportChange {
  articleId: string;
  eventKey: string;
  /** The event's labels: `Event` and its kind (`Warrant`, …). */
  labels: string[];
  /** When the report was written, epoch milliseconds by the server's clock. */
  atMs: number;
  /** Every actor of the event, in any role. */
  actorKeys: string[];
  /** True when no earlier-written report of the event exists: the event is new to the graph. */
  firstReport: boolean;
}

/** An article whose facts were (re)written. */
export interface ArticleChange {
  id: string;
  atMs: number;
}

export interface GraphChanges {
  /** The server's clock at the read. */
  nowMs: number;
  reports: ReportChange[];
  articles: ArticleChange[];
}

/** What was written at or after `sinceMs`; with `sinceMs` null, in the last `overlapMs` before now. */
export async function readChanges(
  graph: GraphConnection,
  sinceMs: number | null,
  overlapMs: number,
  timeoutMs: number,
): Promise<GraphChanges> {
  const { records } = await graph.driver.executeQuery(
    cypher().get('feed/changes'),
    { sinceMs: sinceMs === null ? null : neo4j.int(sinceMs), overlapMs: neo4j.int(overlapMs) },
    { database: graph.database, routing: neo4j.routing.READ, transactionConfig: { timeout: timeoutMs } },
  );
  const row = records[0];
  if (!row) throw new Error('feed/changes returned no row');
  return {
    nowMs: row.get('nowMs') as number,
    reports: row.get('reports') as ReportChange[],
    articles: row.get('articles') as ArticleChange[],
  };
}
