/**
 * Starts, stops and inspects the genuine Neo4j Community server, run from the jars Maven
 * fetched (no Docker). The server runs detached so it outlives the CLI call that started
 * it; a record in <home>/run names its PID and port, and we only ever signal a PID whose
 * command line shows it is the server of that home.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config.js';
import { NewsgraphError } from '../errors.js';
import { readServerInfo, type ServerInfo } from '../graph/server-info.js';
import { requireJava } from './executables.js';
import { ensureServerJars, type ServerJars } from './fetch-server.js';
import { tailFile } from './log-tail.js';
import { describeServerExit, renderServerConfig, SERVER_MAIN_CLASS, serverJvmArgs } from './server-config.js';
import { isAlive, isServerOf, readRecord, removeRecord, writeRecord } from './server-process.js';
import { pinnedNeo4jVersion } from './server-version.js';

const POLL_INTERVAL_MS = 250;
const STOP_TIMEOUT_MS = 60_000;
const KILL_TIMEOUT_MS = 10_000;

export interface LauncherOptions extends LocalNeo4jConfig {
  /** Environment for finding java and mvn (PATH, JAVA_HOME). */
  env?: NodeJS.ProcessEnv;
  /** Extra neo4j.conf settings. */
  extraConfig?: Record<string, string>;
  /** Progress lines for a human (fetching, starting). */
  log?: (line: string) => void;
}

export interface RunningServer extends ServerInfo {
  pid: number;
  uri: string;
  home: string;
}

export type StartResult =
  | ({ status: 'started'; startupMs: number; jars: ServerJars } & RunningServer)
  | ({ status: 'already-running' } & RunningServer);

export type StatusResult =
  | ({ running: true; answering: boolean } & Partial<ServerInfo> & Omit<RunningServer, keyof ServerInfo>)
  | { running: false; home: string };

export type StopResult =
  { status: 'stopped'; pid: number; stopMs: number; killed: boolean } | { status: 'not-running' };

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

export async function startServer(options: LauncherOptions): Promise<StartResult> {
  const { home } = options;
  const existing = readRecord(home);
  if (existing && isServerOf(existing.pid, home)) {
    // Started by an earlier call; it may still be warming up, so wait for it like a fresh start.
    const info = await waitForBolt(existing.boltPort, options.startTimeoutMs, () => undefined);
    return { status: 'already-running', pid: existing.pid, uri: boltUri(existing.boltPort), home, ...info };
  }
  if (existing) removeRecord(home); // stale: that process is gone or is not ours

  const java = requireJava(options.env);
  const version = pinnedNeo4jVersion();
  const jars = await ensureServerJars(version, { env: options.env, log: options.log });
  await assertPortFree(options.boltPort, home);

  for (const dir of ['conf', 'data', 'logs', 'run']) mkdirSync(join(home, dir), { recursive: true });
  writeFileSync(
    join(home, 'conf', 'neo4j.conf'),
    renderServerConfig({ home, boltPort: options.boltPort, pageCache: options.pageCache, extra: options.extraConfig }),
  );

  const consoleLog = join(home, 'logs', 'console.log');
  const out = openSync(consoleLog, 'w'); // this start's output only, so a failure shows its own cause
  const started = Date.now();
  let child: ChildProcess;
  try {
    child = spawn(
      java,
      [
        ...serverJvmArgs(options.heap),
        '-cp',
        `${jars.libDir}/*`,
        SERVER_MAIN_CLASS,
        `--home-dir=${home}`,
        `--config-dir=${join(home, 'conf')}`,
      ],
      { cwd: home, detached: true, stdio: ['ignore', out, out], env: options.env ?? process.env },
    );
  } finally {
    closeSync(out);
  }
  const pid = child.pid;
  if (pid === undefined) throw new NewsgraphError('NEO4J_EXITED', `Could not start ${java}`);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.on('exit', (code, signal) => {
    exit = { code, signal };
  });
  child.unref();
  writeRecord(home, { pid, boltPort: options.boltPort, version, startedAt: new Date(started).toISOString() });
  options.log?.(
    `Starting Neo4j ${version} (pid ${pid}) on ${boltUri(options.boltPort)}: waiting until it answers (often 15–30 s)…`,
  );

  try {
    const info = await waitForBolt(options.boltPort, options.startTimeoutMs, () => {
      if (exit) {
        throw new NewsgraphError(
          'NEO4J_EXITED',
          `Neo4j ${describeServerExit(exit.code, exit.signal)} while starting.\n${logTails(home)}`,
        );
      }
    });
    return {
      status: 'started',
      pid,
      uri: boltUri(options.boltPort),
      home,
      startupMs: Date.now() - started,
      jars,
      ...info,
    };
  } catch (error) {
    if (isAlive(pid)) await terminate(pid, KILL_TIMEOUT_MS);
    removeRecord(home);
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError(
      'NEO4J_START_TIMEOUT',
      `Neo4j did not answer on ${boltUri(options.boltPort)} within ${options.startTimeoutMs} ms; stopped it.\n${logTails(home)}`,
      { retriable: true, cause: error },
    );
  }
}

export async function stopServer(options: Pick<LauncherOptions, 'home'>): Promise<StopResult> {
  const record = readRecord(options.home);
  if (!record || !isServerOf(record.pid, options.home)) {
    removeRecord(options.home);
    return { status: 'not-running' };
  }
  const started = Date.now();
  const killed = await terminate(record.pid, STOP_TIMEOUT_MS);
  removeRecord(options.home);
  return { status: 'stopped', pid: record.pid, stopMs: Date.now() - started, killed };
}

export async function serverStatus(options: Pick<LauncherOptions, 'home'>): Promise<StatusResult> {
  const { home } = options;
  const record = readRecord(home);
  if (!record || !isServerOf(record.pid, home)) return { running: false, home };
  const uri = boltUri(record.boltPort);
  const driver = localDriver(record.boltPort);
  try {
    return { running: true, answering: true, pid: record.pid, uri, home, ...(await readServerInfo(driver)) };
  } catch {
    return { running: true, answering: false, pid: record.pid, uri, home };
  } finally {
    await driver.close();
  }
}

/** SIGTERM, then SIGKILL after `graceMs`. Returns true when SIGKILL was needed. */
async function terminate(pid: number, graceMs: number): Promise<boolean> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return false;
  signal(pid, 'SIGKILL');
  if (await waitForExit(pid, KILL_TIMEOUT_MS)) return true;
  throw new NewsgraphError('NEO4J_STOP_FAILED', `Neo4j (pid ${pid}) is still running after SIGKILL`);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(POLL_INTERVAL_MS);
  }
  return !isAlive(pid);
}

/**
 * Polls until a real query succeeds over Bolt (an open port alone is not enough: Bolt
 * listens before the databases are online). `check` runs before each attempt and throws
 * to give up early, e.g. when the server process has exited.
 */
async function waitForBolt(port: number, timeoutMs: number, check: () => void): Promise<ServerInfo> {
  const deadline = Date.now() + timeoutMs;
  const driver = localDriver(port);
  try {
    let lastError: Error = new Error('timed out');
    while (Date.now() < deadline) {
      check();
      try {
        await pingOnce(driver);
        return await readServerInfo(driver);
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
      }
      await sleep(POLL_INTERVAL_MS);
    }
    check();
    throw lastError;
  } finally {
    await driver.close();
  }
}

/** One attempt, no retries: executeQuery would retry for up to 30 s and overrun the start deadline. */
async function pingOnce(driver: Driver): Promise<void> {
  const session = driver.session(); // the default database: proves it is online, not just the system one
  try {
    await session.run('RETURN 1');
  } finally {
    await session.close();
  }
}

function localDriver(port: number): Driver {
  // Auth is off on the local server; the driver still wants a token.
  return neo4j.driver(boltUri(port), neo4j.auth.basic('neo4j', 'neo4j'), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
}

function assertPortFree(port: number, home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new NewsgraphError(
          'NEO4J_PORT_IN_USE',
          error.code === 'EADDRINUSE'
            ? `Port ${port} on 127.0.0.1 is already in use by another process (not the Neo4j server of ${home}). ` +
                'Stop that process, or set NEO4J_LOCAL_BOLT_PORT to a free port.'
            : `Cannot bind port ${port} on 127.0.0.1: ${error.message}`,
        ),
      );
    });
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()));
  });
}

function logTails(home: string): string {
  const parts: string[] = [];
  for (const name of ['console.log', 'neo4j.log']) {
    const path = join(home, 'logs', name);
    const tail = tailFile(path, 20);
    if (tail) parts.push(`--- last lines of ${path} ---\n${tail}`);
  }
  return parts.join('\n') || `(no log output in ${join(home, 'logs')})`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
