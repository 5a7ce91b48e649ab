import { join } from 'node:path';

export interface ServerConfigInput {
  home: string;
  boltPort: number;
  pageCache: string;
  /** Extra neo4j.conf lines (key → value), e.g. for tuning. */
  extra?: Record<string, string>;
}

/**
 * neo4j.conf for the local server: Bolt only, on loopback, without auth (nothing outside
 * this machine can reach it), and no usage reports (the machine has no internet access).
 * Neo4j refuses to start on an unknown key, so keys here are 5.x names only.
 */
export function renderServerConfig(input: ServerConfigInput): string {
  const settings: Record<string, string> = {
    'server.default_listen_address': '127.0.0.1',
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `127.0.0.1:${input.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${input.boltPort}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'dbms.security.auth_enabled': 'false',
    'dbms.usage_report.enabled': 'false',
    'server.memory.pagecache.size': input.pageCache,
    'server.directories.data': join(input.home, 'data'),
    'server.directories.logs': join(input.home, 'logs'),
    'server.directories.run': join(input.home, 'run'),
    ...input.extra,
  };
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  return `# Written by \`newsgraph neo4j start\`; rewritten at every start.\n${lines.join('\n')}\n`;
}

/** JVM flags of Neo4j's own launcher script, plus a fixed heap. */
export function serverJvmArgs(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}

export const SERVER_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/**
 * What the server's exit codes mean. Neo4j's bootstrapper uses 1 to 3; 1 is also the JVM's
 * code for an uncaught exception, which is how an unknown neo4j.conf key ends.
 */
export function describeServerExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `was killed by ${signal}`;
  switch (code) {
    case 1:
      return 'exited with code 1 (start-up error)';
    case 2:
      return 'exited with code 2 (database failed to start)';
    case 3:
      return 'exited with code 3 (invalid configuration)';
    default:
      return `exited with code ${code}`;
  }
}
