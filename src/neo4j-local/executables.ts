import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { NewsgraphError } from '../errors.js';

/** The absolute path of `name` on PATH, or undefined. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

const MIN_JAVA_MAJOR = 17;

/** The java binary, checked to be Java 17 or newer (what Neo4j 5.26 runs on). */
export function requireJava(env: NodeJS.ProcessEnv = process.env): string {
  const javaHome = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : undefined;
  const java = javaHome && isExecutable(javaHome) ? javaHome : findExecutable('java', env);
  if (!java) {
    throw new NewsgraphError(
      'JAVA_MISSING',
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the local Neo4j server, but \`java\` is not on PATH ` +
        `(and JAVA_HOME is not set). Install a JDK (Debian: apt-get install openjdk-17-jre-headless) ` +
        `or set NEO4J_URI to a Neo4j server you run yourself.`,
    );
  }
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  const output = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  const major = parseJavaMajor(output);
  if (probe.status !== 0 || major === undefined) {
    throw new NewsgraphError('JAVA_MISSING', `\`${java} -version\` failed: ${output.trim() || probe.error?.message}`);
  }
  if (major < MIN_JAVA_MAJOR) {
    throw new NewsgraphError(
      'JAVA_MISSING',
      `Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR}+, but ${java} is Java ${major}. Put a newer JDK first on PATH or set JAVA_HOME.`,
    );
  }
  return java;
}

export function requireMaven(env: NodeJS.ProcessEnv = process.env): string {
  const mvn = findExecutable('mvn', env);
  if (!mvn) {
    throw new NewsgraphError(
      'MAVEN_MISSING',
      'Maven is needed once to fetch the Neo4j server from Maven Central, but `mvn` is not on PATH. ' +
        'Install it (Debian: apt-get install maven) or set NEO4J_URI to a Neo4j server you run yourself.',
    );
  }
  return mvn;
}

/** "17.0.15" → 17, "1.8.0_392" → 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
