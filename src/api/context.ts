import type { GraphConnection } from '../graph/connection.js';

/** What every resolver receives: created per request. */
export interface ApiContext {
  graph: GraphConnection;
}
