import { inject } from 'vitest';
import { connectGraph, type GraphConnection } from '../../src/graph/connection.js';

/** Where the global setup's Neo4j answers. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/** The environment that points the CLI at the test database, for commands run in process. */
export function testNeo4jEnv(): NodeJS.ProcessEnv {
  const server = testNeo4j();
  return {
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
    NEO4J_DATABASE: server.database,
    LOG_LEVEL: 'warn',
  };
}

/** A connection to the test database; close it in afterAll. */
export function connectTestGraph(): Promise<GraphConnection> {
  return connectGraph(testNeo4j());
}

/** A prefix no other test run uses, for keys and ids this test creates and later deletes. */
export function uniqueTestPrefix(name: string): string {
  return `test-${name}-${process.pid}-${Date.now().toString(36)}`;
}
