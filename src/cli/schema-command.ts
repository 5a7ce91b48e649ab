import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { applySchema } from '../graph/apply-schema.js';
import { sharedGraph } from '../graph/connection.js';
import { checkGraphHealth } from '../graph/health.js';
import type { CliIO } from './io.js';

/** `newsgraph schema`: apply constraints and indexes to the configured database and report. */
export function schemaCommand(io: CliIO): Command {
  return new Command('schema')
    .description('apply the graph constraints and indexes (idempotent) and check the database')
    .action(async () => {
      const config = loadConfig(io.env);
      const graph = await sharedGraph(config.neo4j);
      const { statements } = await applySchema(graph);
      const health = await checkGraphHealth(graph);
      io.stdout(`Applied ${statements.length} schema statements to ${graph.uri} (database ${graph.database}).\n`);
      if (health.status === 'ok') io.stdout(`Server: ${health.name} ${health.version} ${health.edition}.\n`);
    });
}
