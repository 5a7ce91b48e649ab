import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

/** tools/neo4j/pom.xml is the one place the server version is pinned. */
export function pomPath(): string {
  return join(projectRoot(), 'tools', 'neo4j', 'pom.xml');
}

export function pinnedNeo4jVersion(pom: string = readFileSync(pomPath(), 'utf8')): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${pomPath()} has no <neo4j.version> property`);
  return match[1].trim();
}

/** Jars of one server version, shared by every local server home. */
export function serverLibDir(version: string): string {
  return join(projectRoot(), '.neo4j', 'lib', version);
}
