/**
 * The query timeout against the real Neo4j: a read that runs longer than API_QUERY_TIMEOUT_MS is
 * stopped by the server and reaches the client as TIMEOUT, without the database's message.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiDb } from '../../src/api/db.js';
import { createFormatError, errorCode } from '../../src/api/errors.js';
import { GraphQLError } from '../../src/api/graphql.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { CypherRegistry } from '../../src/graph/cypher-registry.js';
import { openTestGraph } from './api-fixture.js';

let graph: GraphConnection;

beforeAll(async () => {
  graph = await openTestGraph();
});

afterAll(() => graph.close());

it('stops a read that outruns the timeout and reports TIMEOUT', async () => {
  // A statement that runs for seconds, standing in for an unexpectedly heavy query.
  const registry = new CypherRegistry(new Map([['api/slow', 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n']]));
  const db = createApiDb(graph, { timeoutMs: 200, maxStatements: 10, registry });
  const started = performance.now();
  const error: unknown = await db.read('slow', {}).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeDefined();
  // Neo4j checks transaction timeouts every couple of seconds, not at the millisecond.
  expect(performance.now() - started).toBeLessThan(15_000);
  const located = new GraphQLError('x', { path: ['warrants'], originalError: error as Error });
  expect(errorCode(located)).toBe('TIMEOUT');
  const formatted = createFormatError({ production: false })({ message: (error as Error).message }, located);
  expect(formatted.extensions?.code).toBe('TIMEOUT');
  expect(formatted.message).toMatch(/took too long/);
});
