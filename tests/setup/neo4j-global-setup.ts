/**
 * Gives the integration tests a real Neo4j 5.26, from the first source that works:
 * 1. NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) when set;
 * 2. testcontainers' neo4j:5.26-community where a Docker engine answers;
 * 3. otherwise the project's own launcher: the Maven-fetched server in .neo4j/test,
 *    started here and stopped afterwards (left running if it was already running).
 * It prints which one it used and what the server says it is, so CI logs show a real server ran.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { readServerInfo } from '../../src/graph/server-info.js';
import { serverStatus, startServer, stopServer } from '../../src/neo4j-local/launcher.js';
import { projectRoot } from '../../src/project-root.js';
import type { TestNeo4j } from './test-neo4j.js';

const TEST_IMAGE = 'neo4j:5.26-community';
const DEFAULT_TEST_BOLT_PORT = 7688;

type Teardown = () => Promise<void>;

export default async function setup(project: TestProject): Promise<Teardown> {
  const { neo4j: server, source, teardown } = await provideServer();
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    const info = await readServerInfo(driver);
    console.log(`[neo4j] ${source}: ${server.uri} → ${info.name} ${info.version} ${info.edition}`);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', server);
  return teardown;
}

async function provideServer(): Promise<{ neo4j: TestNeo4j; source: string; teardown: Teardown }> {
  const env = process.env;
  const database = env.NEO4J_DATABASE ?? 'neo4j';
  if (env.NEO4J_URI) {
    return {
      neo4j: { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? 'neo4j', database },
      source: 'NEO4J_URI',
      teardown: () => Promise.resolve(),
    };
  }
  if (dockerMayBeAvailable(env)) {
    const container = await startContainer();
    if (container) return container;
  }
  return startLocal(env, database);
}

function dockerMayBeAvailable(env: NodeJS.ProcessEnv): boolean {
  return (
    Boolean(env.DOCKER_HOST) ||
    existsSync('/var/run/docker.sock') ||
    existsSync(join(homedir(), '.docker', 'run', 'docker.sock'))
  );
}

async function startContainer(): Promise<{ neo4j: TestNeo4j; source: string; teardown: Teardown } | undefined> {
  // Imported lazily so machines without Docker never load testcontainers.
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined; // a socket file but no engine behind it
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(TEST_IMAGE).withPassword('newsgraph-test').start();
  return {
    neo4j: {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
    },
    source: `testcontainers (${TEST_IMAGE})`,
    teardown: async () => {
      await container.stop();
    },
  };
}

async function startLocal(
  env: NodeJS.ProcessEnv,
  database: string,
): Promise<{ neo4j: TestNeo4j; source: string; teardown: Teardown }> {
  const home = join(projectRoot(), '.neo4j', 'test');
  const boltPort = Number(env.NEO4J_TEST_BOLT_PORT ?? DEFAULT_TEST_BOLT_PORT);
  const wasRunning = (await serverStatus({ home })).running;
  const started = await startServer({
    home,
    boltPort,
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 180_000,
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  const how =
    started.status === 'started'
      ? `local Maven-fetched server, started in ${(started.startupMs / 1000).toFixed(1)} s (pid ${started.pid})`
      : `local Maven-fetched server, already running (pid ${started.pid})`;
  return {
    neo4j: { uri: started.uri, user: 'neo4j', password: 'neo4j', database },
    source: how,
    teardown: async () => {
      if (!wasRunning) await stopServer({ home });
    },
  };
}
