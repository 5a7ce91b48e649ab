import { describeError } from '../errors.js';
import type { GraphConnection } from './connection.js';
import { readServerInfo, type ServerInfo } from './server-info.js';

export type GraphHealth =
  | ({ status: 'ok'; uri: string; database: string; latencyMs: number } & ServerInfo)
  | { status: 'unavailable'; uri: string; database: string; error: string };

/**
 * A real round trip to the database in use, plus what the server says it is; with
 * `deadlineMs`, a database that has not answered by then is unavailable (a probe must not hang
 * on a server that is stopping).
 */
export async function checkGraphHealth(
  graph: GraphConnection,
  options: { deadlineMs?: number } = {},
): Promise<GraphHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const check = (async () => {
      await graph.driver.executeQuery('RETURN 1', {}, { database: graph.database, routing: 'READ' });
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      return { latencyMs, ...(await readServerInfo(graph.driver)) };
    })();
    const deadline =
      options.deadlineMs === undefined
        ? []
        : [
            new Promise<never>((_resolve, reject) => {
              timer = setTimeout(
                () => reject(new Error(`no answer within ${options.deadlineMs} ms`)),
                options.deadlineMs,
              );
            }),
          ];
    check.catch(() => undefined); // once the deadline has answered, a late failure is nobody's
    const answer = await Promise.race([check, ...deadline]);
    return { status: 'ok', uri: graph.uri, database: graph.database, ...answer };
  } catch (error) {
    return { status: 'unavailable', uri: graph.uri, database: graph.database, error: describeError(error) };
  } finally {
    clearTimeout(timer);
  }
}
