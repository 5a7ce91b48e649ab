import type { IngestService } from '../contracts/ingest-service.js';
import type { GraphConnection } from '../graph/connection.js';
import type { GraphHealth } from '../graph/health.js';
import type { AuthPolicy, Credential } from './auth.js';
import type { ApiDb } from './db.js';
import type { Loaders } from './loaders/index.js';
import type { RequestReads, RequestStats } from './request-metrics.js';
import type { ChangeFeed } from './subscriptions/change-feed.js';

/** What every resolver receives: created per request. */
export interface ApiContext {
  graph: GraphConnection;
  /** Named reads of cypher/api/, bounded by the query timeout. */
  db: ApiDb;
  /** This request's DataLoaders. */
  loaders: Loaders;
  /** Ingestion for the mutations (queue, extractor, writer), wired by whoever starts the server. */
  ingest: IngestService;
  auth: AuthPolicy & { credential: Credential };
  /** A round trip to Neo4j that answers within API_NEO4J_TIMEOUT_MS, as GET /health does. */
  checkHealth: () => Promise<GraphHealth>;
  /** What the request cost, for its metrics. */
  stats: RequestStats;
  /** Changes written to the graph, for subscriptions. */
  feed: ChangeFeed<RequestReads>;
}
