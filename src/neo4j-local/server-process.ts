import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SERVER_MAIN_CLASS } from './server-config.js';

/** What `start` records about the server it launched, in <home>/run. */
export interface ServerRecord {
  pid: number;
  boltPort: number;
  version: string;
  startedAt: string;
}

export function recordPath(home: string): string {
  return join(home, 'run', 'newsgraph-neo4j.json');
}

export function writeRecord(home: string, record: ServerRecord): void {
  const path = recordPath(home);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
}

export function readRecord(home: string): ServerRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(recordPath(home), 'utf8')) as Partial<ServerRecord>;
    if (typeof parsed.pid === 'number' && typeof parsed.boltPort === 'number') return parsed as ServerRecord;
  } catch {
    // absent or unreadable: no server recorded
  }
  return undefined;
}

export function removeRecord(home: string): void {
  rmSync(recordPath(home), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but someone else's, so certainly not ours to manage
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is a Neo4j server started for this home. The PID in a record may have
 * been reused by an unrelated process after a reboot; we never signal one of those.
 */
export function isServerOf(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = readCommandLine(pid);
  return commandLine.includes(SERVER_MAIN_CLASS) && commandLine.includes(`--home-dir=${home}`);
}

function readCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    // no /proc (macOS): ask ps
    const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout : '';
  }
}
