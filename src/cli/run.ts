import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { describeError, isNewsgraphError } from '../errors.js';
import { closeSharedGraph } from '../graph/connection.js';
import { projectRoot } from '../project-root.js';
import { ingestCommand } from './ingest-command.js';
import { evalCommand } from './eval-command.js';
import { extractCommand } from './extract-command.js';
import { EXIT, type CliIO } from './io.js';
import { neo4jCommand } from './neo4j-command.js';
import { schemaCommand } from './schema-command.js';
import { serveCommand } from './serve-command.js';
import { startCommand } from './start-command.js';
import { workerCommand } from './worker-command.js';

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit status; only
 * the bin file calls process.exit, so every command can be tested in process.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.OK;
  const setExit = (code: number): void => {
    exitCode = code;
  };
  const program = new Command('newsgraph')
    .description('A knowledge graph of the news about international justice and conflict.')
    .version(packageVersion(), '-v, --version')
    .showHelpAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .addCommand(startCommand(io))
    .addCommand(neo4jCommand(io, setExit))
    .addCommand(schemaCommand(io))
    .addCommand(serveCommand(io))
    .addCommand(extractCommand(io, setExit))
    .addCommand(evalCommand(io))
    .addCommand(ingestCommand(io, setExit))
    .addCommand(workerCommand(io));
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    io.stderr(`newsgraph: ${describeError(error)}\n`);
    return isNewsgraphError(error, 'CONFIG_INVALID') || isNewsgraphError(error, 'USAGE') ? EXIT.USAGE : EXIT.FAILURE;
  } finally {
    await closeSharedGraph();
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
