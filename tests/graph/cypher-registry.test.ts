import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherRegistry, cypher } from '../../src/graph/cypher-registry.js';

describe('CypherRegistry', () => {
  it('names statements by their path under cypher/, without the extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cypher-'));
    mkdirSync(join(dir, 'schema'));
    writeFileSync(join(dir, 'schema', '002-b.cypher'), '// second\nRETURN 2\n');
    writeFileSync(join(dir, 'schema', '001-a.cypher'), 'RETURN 1');
    writeFileSync(join(dir, 'find-thing.cypher'), 'MATCH (n) RETURN n');
    const registry = CypherRegistry.load(dir);
    expect(registry.names('schema/')).toEqual(['schema/001-a', 'schema/002-b']);
    expect(registry.get('schema/002-b')).toBe('// second\nRETURN 2');
    expect(registry.get('find-thing')).toBe('MATCH (n) RETURN n');
  });

  it('fails at once on an unknown statement name', () => {
    expect(() => cypher().get('no-such-statement')).toThrow(/No Cypher statement named "no-such-statement"/);
  });

  it('refuses an empty file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cypher-'));
    writeFileSync(join(dir, 'empty.cypher'), '  \n');
    expect(() => CypherRegistry.load(dir)).toThrow(/empty\.cypher is empty/);
  });

  it('loads the project schema in file order, every statement idempotent', () => {
    const names = cypher().names('schema/');
    expect(names[0]).toBe('schema/001-article-id');
    expect(names).toContain('schema/012-actor-names-fulltext');
    for (const name of names) expect(cypher().get(name)).toMatch(/IF NOT EXISTS/);
  });
});
