import { Command } from 'commander';
import { printApiSdl } from '../api/schema-loader.js';
import { loadConfig } from '../config.js';
import { applySchema } from '../graph/apply-schema.js';
import { sharedGraph } from '../graph/connection.js';
import { checkGraphHealth } from '../graph/health.js';
import type { CliIO } from './io.js';

/**
 * `newsgraph schema`: apply constraints and indexes to the configured database and report;
 * `--print` prints the GraphQL SDL instead, without touching any database.
 */
export function schemaCommand(io: CliIO): Command {
  return new Command('schema')
    .description('apply the graph constraints and indexes (idempotent) and check the database')
    .option('--print', 'print the GraphQL SDL of the API as one file instead (no database needed)')
    .action(async (options: { print?: boolean }) => {
      if (options.print) {
        io.stdout(`${printApiSdl()}\n`);
        return;
      }
      const config = loadConfig(io.env);
      const graph = await sharedGraph(config.neo4j);
      const { statements } = await applySchema(graph);
      const health = await checkGraphHealth(graph);
      io.stdout(`Applied ${statements.length} schema statements to ${graph.uri} (database ${graph.database}).\n`);
      if (health.status === 'ok') io.stdout(`Server: ${health.name} ${health.version} ${health.edition}.\n`);
    });
}
