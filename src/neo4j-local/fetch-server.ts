import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { requireMaven } from './executables.js';
import { pomPath, serverLibDir } from './server-version.js';

const COMPLETE_MARKER = '.complete';

export interface ServerJars {
  version: string;
  libDir: string;
  jarCount: number;
  bytes: number;
  /** False when the jars were already in place and nothing ran. */
  fetched: boolean;
  elapsedMs: number;
}

export function hasServerJars(version: string): boolean {
  return existsSync(join(serverLibDir(version), COMPLETE_MARKER));
}

/**
 * Makes sure the jars of Neo4j `version` are in .neo4j/lib/<version>. Maven resolves the
 * server's runtime closure (cached in ~/.m2 after the first time) into a temporary folder
 * that is renamed into place only when complete, so an interrupted fetch never leaves a
 * half-filled lib folder behind.
 */
export async function ensureServerJars(
  version: string,
  options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {},
): Promise<ServerJars> {
  const started = Date.now();
  const libDir = serverLibDir(version);
  if (hasServerJars(version)) return { ...measure(libDir), version, libDir, fetched: false, elapsedMs: 0 };

  const env = options.env ?? process.env;
  const mvn = requireMaven(env);
  const staging = `${libDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  options.log?.(
    `Fetching the Neo4j ${version} server jars from Maven Central (first start only, about 15 s; cached in ~/.m2)…`,
  );
  const args = ['-q', '-B', '-f', pomPath(), `-Dneo4j.version=${version}`, `-Dneo4j.lib.dir=${staging}`, 'package'];
  const { code, output } = await run(mvn, args, env);
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    const tail = output.trim().split('\n').slice(-20).join('\n');
    throw new NewsgraphError('NEO4J_FETCH_FAILED', `mvn ${args.join(' ')} exited with ${code}:\n${tail}`, {
      retriable: true,
    });
  }
  const measured = measure(staging);
  if (measured.jarCount === 0) {
    throw new NewsgraphError('NEO4J_FETCH_FAILED', `Maven finished but copied no jars into ${staging}`);
  }
  writeFileSync(join(staging, COMPLETE_MARKER), `${JSON.stringify(measured)}\n`);
  rmSync(libDir, { recursive: true, force: true });
  renameSync(staging, libDir);
  return { ...measured, version, libDir, fetched: true, elapsedMs: Date.now() - started };
}

function measure(dir: string): { jarCount: number; bytes: number } {
  const jars = readdirSync(dir).filter((name) => name.endsWith('.jar'));
  const bytes = jars.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  return { jarCount: jars.length, bytes };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
