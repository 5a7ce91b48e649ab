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

  it('closes the driver once, however often close is called', async () => {
    const graph = await connectTestGraph();
    await Promise.all([graph.close(), graph.close()]);
    await expect(graph.driver.executeQuery('RETURN 1')).rejects.toThrow();
  });
});
