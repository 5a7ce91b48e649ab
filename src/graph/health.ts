import { describeError } from '../errors.js';
import type { GraphConnection } from './connection.js';
import { readServerInfo, type ServerInfo } from './server-info.js';

export type GraphHealth =
  | ({ status: 'ok'; uri: string; database: string; latencyMs: number } & ServerInfo)
  | { status: 'unavailable'; uri: string; database: string; error: string };

/** A real round trip to the database in use, plus what the server says it is. */
export async function checkGraphHealth(graph: GraphConnection): Promise<GraphHealth> {
  const started = performance.now();
  try {
    await graph.driver.executeQuery('RETURN 1', {}, { database: graph.database, routing: 'READ' });
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const info = await readServerInfo(graph.driver);
    return { status: 'ok', uri: graph.uri, database: graph.database, latencyMs, ...info };
  } catch (error) {
    return { status: 'unavailable', uri: graph.uri, database: graph.database, error: describeError(error) };
  }
}
