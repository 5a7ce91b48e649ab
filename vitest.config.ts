import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node; `int` talks to a real Neo4j that
// tests/setup/neo4j-global-setup.ts provides (NEO4J_URI, testcontainers, or the local server).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/neo4j-global-setup.ts'],
          // One shared database: integration files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
