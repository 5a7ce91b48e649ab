/**
 * The launcher against the real server: a private home and port, apart from the server
 * the other integration tests use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isNewsgraphError, type NewsgraphError } from '../../src/errors.js';
import { ensureServerJars } from '../../src/neo4j-local/fetch-server.js';
import { serverStatus, startServer, stopServer, type LauncherOptions } from '../../src/neo4j-local/launcher.js';
import { isAlive, writeRecord } from '../../src/neo4j-local/server-process.js';
import { projectRoot } from '../../src/project-root.js';
import { freePort } from '../setup/free-port.js';

const homes: string[] = [];
function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-'));
  homes.push(home);
  return home;
}

afterAll(async () => {
  for (const home of homes) {
    await stopServer({ home });
    rmSync(home, { recursive: true, force: true });
  }
});

async function options(overrides: Partial<LauncherOptions> = {}): Promise<LauncherOptions> {
  return {
    home: freshHome(),
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '64m',
    startTimeoutMs: 120_000,
    ...overrides,
  };
}

/** Runs the real CLI (from source, so no stale build can hide a change). */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot(), 'src/bin/newsgraph.ts'), ...args], {
      cwd: projectRoot(),
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

function serverPids(home: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .filter((line) => line.includes('CommunityEntryPoint') && line.includes(`--home-dir=${home}`))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function rejection(promise: Promise<unknown>): Promise<NewsgraphError> {
  try {
    await promise;
  } catch (error) {
    if (isNewsgraphError(error)) return error;
    throw error;
  }
  throw new Error('expected a NewsgraphError');
}

describe('newsgraph neo4j start | status | stop', () => {
  it('starts one server, says so when started again, reports it, and stops it leaving no process', async () => {
    const home = freshHome();
    const port = await freePort();
    const env = {
      NEO4J_LOCAL_HOME: home,
      NEO4J_LOCAL_BOLT_PORT: String(port),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '64m',
    };

    const first = await cli(['neo4j', 'start'], env);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(
      new RegExp(
        `Neo4j 5\\.26\\.\\d+ community started in [\\d.]+ s at bolt://127\\.0\\.0\\.1:${port} \\(pid (\\d+)\\)`,
      ),
    );
    const pid = Number(/\(pid (\d+)\)/.exec(first.out)?.[1]);
    expect(serverPids(home)).toEqual([pid]);

    const second = await cli(['neo4j', 'start'], env);
    expect(second.code, second.err).toBe(0);
    expect(second.out).toContain(`already running at bolt://127.0.0.1:${port} (pid ${pid}); nothing started`);
    expect(serverPids(home)).toEqual([pid]);

    const status = await cli(['neo4j', 'status'], env);
    expect(status.code, status.err).toBe(0);
    expect(status.out).toContain(`uri:     bolt://127.0.0.1:${port}`);
    expect(status.out).toContain(`pid:     ${pid}`);
    expect(status.out).toMatch(/version: 5\.26\.\d+ community/);

    const stop = await cli(['neo4j', 'stop'], env);
    expect(stop.code, stop.err).toBe(0);
    expect(stop.out).toMatch(new RegExp(`Neo4j \\(pid ${pid}\\) stopped in`));
    expect(isAlive(pid)).toBe(false);
    expect(serverPids(home)).toEqual([]);

    const after = await cli(['neo4j', 'status'], env);
    expect(after.code).toBe(3);
    expect(after.out).toContain('Neo4j is not running');
    expect((await cli(['neo4j', 'stop'], env)).out).toContain('nothing to stop');
  });
});

describe('launcher errors', () => {
  it('refuses a Bolt port that another process holds, naming the port and the variable', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const opts = await options({ boltPort: port });
      const error = await rejection(startServer(opts));
      expect(error.code).toBe('NEO4J_PORT_IN_USE');
      expect(error.message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(error.message).toContain('NEO4J_LOCAL_BOLT_PORT');
      expect(serverPids(opts.home)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('reports a server that exits during start, with the tail of its log', async () => {
    const opts = await options({ extraConfig: { 'dbms.no_such_setting': 'true' } });
    const error = await rejection(startServer(opts));
    expect(error.code).toBe('NEO4J_EXITED');
    expect(error.message).toMatch(/Neo4j exited with code \d+ \(.+\) while starting/);
    expect(error.message).toMatch(/Unrecognized setting.*dbms\.no_such_setting/);
    expect(error.message).toMatch(/--- last lines of .*logs/);
    expect(serverPids(opts.home)).toEqual([]);
    expect((await serverStatus(opts)).running).toBe(false);
  });

  it('gives up after the start timeout and leaves no process behind', async () => {
    const opts = await options({ startTimeoutMs: 1_000 });
    const error = await rejection(startServer(opts));
    expect(error.code).toBe('NEO4J_START_TIMEOUT');
    expect(error.message).toContain('did not answer');
    expect(error.message).toContain('within 1000 ms; stopped it');
    expect(serverPids(opts.home)).toEqual([]);
  });

  it('says Java is missing when it is not on PATH', async () => {
    const opts = await options({ env: { PATH: '/nonexistent' } });
    const error = await rejection(startServer(opts));
    expect(error.code).toBe('JAVA_MISSING');
    expect(error.message).toMatch(/Java 17\+ is needed .* `java` is not on PATH/);
  });

  it('says Maven is missing when jars must be fetched and mvn is not on PATH', async () => {
    const error = await rejection(ensureServerJars('5.26.0-not-fetched', { env: { PATH: '/nonexistent' } }));
    expect(error.code).toBe('MAVEN_MISSING');
    expect(error.message).toContain('`mvn` is not on PATH');
  });

  it('never signals a recorded PID that is not its server', async () => {
    const opts = await options();
    writeRecord(opts.home, { pid: process.pid, boltPort: opts.boltPort, version: 'x', startedAt: '' });
    expect((await serverStatus(opts)).running).toBe(false);
    expect(await stopServer(opts)).toEqual({ status: 'not-running' });
    expect(isAlive(process.pid)).toBe(true);
  });
});
