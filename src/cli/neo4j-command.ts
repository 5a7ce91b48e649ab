import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { ensureServerJars } from '../neo4j-local/fetch-server.js';
import { serverStatus, startServer, stopServer } from '../neo4j-local/launcher.js';
import { pinnedNeo4jVersion } from '../neo4j-local/server-version.js';
import { EXIT, type CliIO } from './io.js';

type SetExit = (code: number) => void;

/** `newsgraph neo4j start | stop | status | fetch`: the local server, without Docker. */
export function neo4jCommand(io: CliIO, setExit: SetExit): Command {
  const command = new Command('neo4j').description(
    'run the local Neo4j Community server (fetched from Maven Central; needs Java 17+ and Maven)',
  );
  const say = (line: string): void => io.stdout(`${line}\n`);
  const note = (line: string): void => io.stderr(`${line}\n`);

  command
    .command('start')
    .description('start the server in the background and wait until it answers a query')
    .action(async () => {
      const { localNeo4j } = loadConfig(io.env);
      const result = await startServer({ ...localNeo4j, env: io.env, log: note });
      if (result.status === 'already-running') {
        say(`Neo4j is already running at ${result.uri} (pid ${result.pid}); nothing started.`);
        return;
      }
      const seconds = (result.startupMs / 1000).toFixed(1);
      say(`Neo4j ${result.version} ${result.edition} started in ${seconds} s at ${result.uri} (pid ${result.pid}).`);
      say(`Data and logs: ${result.home}`);
    });

  command
    .command('stop')
    .description('stop the server started by `neo4j start` (by its own PID)')
    .action(async () => {
      const { localNeo4j } = loadConfig(io.env);
      const result = await stopServer(localNeo4j);
      if (result.status === 'not-running') {
        say('Neo4j is not running; nothing to stop.');
        return;
      }
      const how = result.killed ? 'killed after it ignored SIGTERM' : 'stopped';
      say(`Neo4j (pid ${result.pid}) ${how} in ${(result.stopMs / 1000).toFixed(1)} s.`);
    });

  command
    .command('status')
    .description('print URI, PID and server version; exit status 3 when not running')
    .action(async () => {
      const { localNeo4j } = loadConfig(io.env);
      const status = await serverStatus(localNeo4j);
      if (!status.running) {
        say(`Neo4j is not running (home ${status.home}).`);
        setExit(EXIT.NOT_RUNNING);
        return;
      }
      say(`Neo4j is running.`);
      say(`  uri:     ${status.uri}`);
      say(`  pid:     ${status.pid}`);
      say(
        status.answering
          ? `  version: ${status.version} ${status.edition}`
          : `  version: unknown (the server does not answer queries yet)`,
      );
      say(`  home:    ${status.home}`);
    });

  command
    .command('fetch')
    .description('download the pinned server jars with Maven (start does this when needed)')
    .action(async () => {
      const result = await ensureServerJars(pinnedNeo4jVersion(), { env: io.env, log: note });
      const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MiB in ${result.jarCount} jars`;
      say(
        result.fetched
          ? `Fetched Neo4j ${result.version} (${size}) in ${(result.elapsedMs / 1000).toFixed(1)} s into ${result.libDir}.`
          : `Neo4j ${result.version} is already fetched (${size}) in ${result.libDir}.`,
      );
    });

  return command;
}
