import { describe, expect, it } from 'vitest';
import { connectGraph } from '../../src/graph/connection.js';
import { checkGraphHealth } from '../../src/graph/health.js';
import { connectTestGraph, testNeo4j } from '../setup/test-neo4j.js';

describe('graph connection', () => {
  it('reports a healthy Neo4j 5.26 server with its version and edition', async () => {
    const graph = await connectTestGraph();
    try {
      const health = await checkGraphHealth(graph);
      expect(health).toMatchObject({ status: 'ok', name: 'Neo4j Kernel', database: testNeo4j().database });
      expect(health.status === 'ok' && health.version).toMatch(/^5\.26\.\d+$/);
    } finally {
      await graph.close();
    }
  });

  it('fails with NEO4J_UNAVAILABLE naming the URI when nothing answers', async () => {
    const uri = 'bolt://127.0.0.1:1';
    await expect(connectGraph({ ...testNeo4j(), uri })).rejects.toMatchObject({
      code: 'NEO4J_UNAVAILABLE',
      message: expect.stringContaining(`Cannot reach Neo4j at ${uri}`),
    });
  });

  it('queues reads beyond its connection cap instead of failing them', async () => {
    const graph = await connectGraph({
      ...testNeo4j(),
      maxConnections: 1,
      timeouts: { connectMs: 1000, acquireMs: 30_000, retryMs: 0 },
    });
    try {
      // Each read finds its own transaction (its text names the probe) and that of any other read
      // running beside it: with one connection, one at a time, all on the same connection.
      const probe =
        'SHOW TRANSACTIONS YIELD connectionId, currentQuery WHERE currentQuery CONTAINS "cap-probe" RETURN connectionId';
      const results = await Promise.all(Array.from({ length: 6 }, () => graph.driver.executeQuery(probe)));
      expect(results.map((result) => result.records.length)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(new Set(results.map((result) => result.records[0]?.get('connectionId'))).size).toBe(1);
    } finally {
      await graph.close();
    }
  });

  it('closes the driver once, however often close is called', async () => {
    const graph = await connectTestGraph();
    await Promise.all([graph.close(), graph.close()]);
    await expect(graph.driver.executeQuery('RETURN 1')).rejects.toThrow();
  });
});
