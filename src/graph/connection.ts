import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config.js';
import { describeError, NewsgraphError } from '../errors.js';

export interface GraphConnection {
  driver: Driver;
  database: string;
  uri: string;
  close(): Promise<void>;
}

/** Opens a driver and proves the server answers; NEO4J_UNAVAILABLE names the URI when it does not. */
export async function connectGraph(config: Neo4jConnectionConfig): Promise<GraphConnection> {
  const { timeouts } = config;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    userAgent: 'newsgraph',
    // Keep Neo4j integers as JS numbers where safe: our counts and offsets are far below 2^53.
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
    ...(config.maxConnections === undefined ? {} : { maxConnectionPoolSize: config.maxConnections }),
    ...(timeouts
      ? {
          connectionTimeout: timeouts.connectMs,
          connectionAcquisitionTimeout: timeouts.acquireMs,
          maxTransactionRetryTime: timeouts.retryMs,
        }
      : {}),
  });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver.close();
    throw new NewsgraphError(
      'NEO4J_UNAVAILABLE',
      `Cannot reach Neo4j at ${config.uri} (database ${config.database}): ${describeError(error)}. ` +
        'Start the local server with `npx newsgraph neo4j start`, or check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
      { retriable: true, cause: error },
    );
  }
  let closed: Promise<void> | undefined;
  return {
    driver,
    database: config.database,
    uri: config.uri,
    close: () => (closed ??= driver.close()),
  };
}

const shared = new Map<string, Promise<GraphConnection>>();

/**
 * The process's connection for a config: every caller with the same config shares one driver
 * and pool (`start` has two: the API's, which fails fast, and the worker's, which waits).
 */
export function sharedGraph(config: Neo4jConnectionConfig): Promise<GraphConnection> {
  const key = JSON.stringify(config);
  let connection = shared.get(key);
  if (!connection) {
    connection = connectGraph(config).catch((error: unknown) => {
      shared.delete(key);
      throw error;
    });
    shared.set(key, connection);
  }
  return connection;
}

/** Closes the shared connections opened so far; the CLI calls this on its way out. */
export async function closeSharedGraph(): Promise<void> {
  const pending = [...shared.values()];
  shared.clear();
  await Promise.all(pending.map(async (connection) => (await connection.catch(() => undefined))?.close()));
}
