import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { applySchema } from '../graph/apply-schema.js';
import { sharedGraph } from '../graph/connection.js';
import { checkGraphHealth } from '../graph/health.js';
import { startServer } from '../neo4j-local/launcher.js';
import type { CliIO } from './io.js';

/**
 * `newsgraph start` (what `npm start` runs): the embedded default. Uses NEO4J_URI when set,
 * else starts the local server, then prepares the graph schema.
 */
export function startCommand(io: CliIO): Command {
  return new Command('start')
    .description('start everything: the local Neo4j unless NEO4J_URI is set, then the graph schema')
    .action(async () => {
      const config = loadConfig(io.env);
      if (config.usesLocalNeo4j) {
        const server = await startServer({ ...config.localNeo4j, env: io.env, log: (line) => io.stderr(`${line}\n`) });
        io.stdout(
          server.status === 'started'
            ? `Started Neo4j ${server.version} at ${server.uri} in ${(server.startupMs / 1000).toFixed(1)} s.\n`
            : `Neo4j ${server.version} is already running at ${server.uri}.\n`,
        );
      }
      const graph = await sharedGraph(config.neo4j);
      await applySchema(graph);
      const health = await checkGraphHealth(graph);
      if (health.status !== 'ok') throw new Error(`Neo4j at ${graph.uri} does not answer: ${health.error}`);
      io.stdout(
        `Graph ready: ${health.name} ${health.version} ${health.edition} at ${graph.uri}, database ${graph.database}.\n`,
      );
    });
}
