/**
 * The servers bench:api measures, each a child process on a free port (so client and server do
 * not share an event loop): `newsgraph serve`, and the @neo4j/graphql peer (bench/peer/serve.ts).
 * Both run under tsx without source maps, in production mode, over the configured Neo4j;
 * newsgraph with the node flags it ships with (its bin's shebang), the peer with node's defaults
 * unless given flags (bench:api's --peer-node-flags).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';

export type ServerName = 'newsgraph' | 'peer';

export interface BenchServer {
  name: ServerName;
  url: string;
  pid: number;
  /** From spawn to listening, and to the first answered query. */
  listeningMs: number;
  firstAnswerMs: number;
  stop(): Promise<number>;
}

const NEWSGRAPH_BIN = join(projectRoot(), 'src', 'bin', 'newsgraph.ts');

/** The node flags of a bin's shebang (`#!/usr/bin/env -S node --flag…`): what its users run it with. */
export function shebangNodeFlags(bin: string = NEWSGRAPH_BIN): string[] {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0] ?? '';
  const match = /^#!\/usr\/bin\/env (?:-S )?node((?: +--[\w-]+(?:=\S+)?)*) *$/.exec(first);
  if (!match) throw new Error(`${bin}: expected a shebang "#!/usr/bin/env -S node [--flag…]", got "${first}"`);
  return (match[1] ?? '').split(' ').filter((flag) => flag !== '');
}

const ENTRY: Record<ServerName, { args: string[]; ready: RegExp; probe: string }> = {
  newsgraph: {
    args: [NEWSGRAPH_BIN, 'serve'],
    ready: /GraphQL API at (\S+) /,
    probe: '{ warrants(first: 1) { nodes { key } } }',
  },
  peer: {
    args: [join(projectRoot(), 'bench', 'peer', 'serve.ts')],
    ready: /Peer GraphQL API at (\S+)/,
    probe: '{ warrants(limit: 1) { key } }',
  },
};

/**
 * The product runs compiled JavaScript without source maps; tsx turns them on, which makes the
 * stack the driver captures for every result several times dearer (see bench/ingest-bench.ts).
 */
const WITHOUT_SOURCE_MAPS = 'data:text/javascript,process.setSourceMapsEnabled(false)';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts one server and resolves once it has answered a first query. */
export async function startBenchServer(
  name: ServerName,
  env: NodeJS.ProcessEnv = {},
  nodeFlags: readonly string[] = name === 'newsgraph' ? shebangNodeFlags() : [],
): Promise<BenchServer> {
  const entry = ENTRY[name];
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', '--import', WITHOUT_SOURCE_MAPS, ...entry.args],
    {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = entry.ready.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${name} server exited with ${code}`)));
  });
  // Keep reading stdout (the peer's DEBUG Cypher log goes to stderr, inherited).
  child.stdout.resume();
  const listeningMs = performance.now() - started;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: entry.probe }),
  });
  if (!response.ok) throw new Error(`${name}: first query failed: ${response.status} ${await response.text()}`);
  const firstAnswerMs = performance.now() - started;
  return {
    name,
    url,
    pid: child.pid as number,
    listeningMs,
    firstAnswerMs,
    stop: async () => {
      const stopping = performance.now();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      return performance.now() - stopping;
    },
  };
}

/** POSTs one body and returns the parsed response. */
export async function post(url: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await response.json()) as Record<string, unknown>;
}
