/**
 * `newsgraph serve` in a child process (under tsx), for the benchmarks that measure the API as
 * clients meet it: client and server do not share an event loop.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';

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

export interface ServeProcess {
  url: string;
  /** ms from spawn to the printed URL, and to the first answered query. */
  listening: number;
  firstAnswer: number;
  /** SIGTERM, resolving with the ms it took to exit. */
  stop(): Promise<number>;
}

/** Starts `newsgraph serve` on a free port with `env` added, and resolves once it answers a query. */
export async function startServeProcess(env: Record<string, string> = {}): Promise<ServeProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot(), 'src', 'bin', 'newsgraph.ts'), 'serve'],
    {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL API at (\S+) /.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`newsgraph serve exited with ${code}`)));
  });
  const listening = performance.now() - started;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ warrants(first: 1) { nodes { key } } }' }),
  });
  if (!response.ok) throw new Error(`first query failed: ${response.status}`);
  const firstAnswer = performance.now() - started;
  const stop = async (): Promise<number> => {
    const stopping = performance.now();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    return performance.now() - stopping;
  };
  return { url, listening, firstAnswer, stop };
}
