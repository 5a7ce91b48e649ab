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
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    userAgent: 'newsgraph',
    // Keep Neo4j integers as JS numbers where safe: our counts and offsets are far below 2^53.
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
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

let shared: Promise<GraphConnection> | undefined;

/** The process's one connection: every caller in a process shares the same driver and pool. */
export function sharedGraph(config: Neo4jConnectionConfig): Promise<GraphConnection> {
  shared ??= connectGraph(config).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Closes the shared connection if one was opened; the CLI calls this on its way out. */
export async function closeSharedGraph(): Promise<void> {
  const pending = shared;
  shared = undefined;
  if (pending) await (await pending.catch(() => undefined))?.close();
}
