import type { GraphConnection } from '../graph/connection.js';
import type { AuthPolicy, Credential } from './auth.js';
import type { ApiDb } from './db.js';
import type { IngestService } from './ingest-service.js';
import type { Loaders } from './loaders/index.js';
import type { RequestStats } from './request-metrics.js';

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
  /** What the request cost, for its metrics. */
  stats: RequestStats;
}
