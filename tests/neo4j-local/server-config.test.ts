import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../src/neo4j-local/executables.js';
import { describeServerExit, renderServerConfig } from '../../src/neo4j-local/server-config.js';
import { pinnedNeo4jVersion } from '../../src/neo4j-local/server-version.js';

describe('renderServerConfig', () => {
  const conf = renderServerConfig({ home: '/srv/n', boltPort: 7699, pageCache: '128m' });

  it('binds Bolt to loopback on the configured port and turns HTTP off', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7699\n');
    expect(conf).toContain('server.default_listen_address=127.0.0.1\n');
    expect(conf).toContain('server.http.enabled=false\n');
    expect(conf).toContain('dbms.usage_report.enabled=false\n');
  });

  it('keeps data, logs and run files under the home folder', () => {
    expect(conf).toContain('server.directories.data=/srv/n/data\n');
    expect(conf).toContain('server.directories.logs=/srv/n/logs\n');
  });

  it('lets extra settings override the defaults', () => {
    const tuned = renderServerConfig({
      home: '/h',
      boltPort: 1,
      pageCache: '1m',
      extra: { 'server.memory.pagecache.size': '2g' },
    });
    expect(tuned).toContain('server.memory.pagecache.size=2g\n');
    expect(tuned).not.toContain('server.memory.pagecache.size=1m');
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no java here', undefined],
  ])('reads %j as %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('describeServerExit', () => {
  it('explains the exit codes Neo4j documents', () => {
    expect(describeServerExit(3, null)).toMatch(/invalid configuration/);
    expect(describeServerExit(2, null)).toMatch(/database failed to start/);
    expect(describeServerExit(null, 'SIGKILL')).toMatch(/killed by SIGKILL/);
  });
});

describe('pinnedNeo4jVersion', () => {
  it('pins a 5.26 LTS patch release in tools/neo4j/pom.xml', () => {
    expect(pinnedNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it('refuses a pom without the property', () => {
    expect(() => pinnedNeo4jVersion('<project/>')).toThrow(/no <neo4j.version> property/);
  });
});
