/**
 * The schema as a contract: it builds with the resolvers, documents every type, field,
 * argument and enum value, and its Cypher statements are documented and consistent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiStatement, type StatementBlock } from '../../src/api/db.js';
import { filterBlocks } from '../../src/api/paging.js';
import { buildApiSchema } from '../../src/api/schema-loader.js';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from '../../src/api/graphql.js';
import { cypher } from '../../src/graph/cypher-registry.js';
import { projectRoot } from '../../src/project-root.js';

describe('the GraphQL schema', () => {
  const schema = buildApiSchema();
  const ownTypes = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name),
  );

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the Relay node interface on every actor, event and article', () => {
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const implementations = schema.getPossibleTypes(node as never).map((type) => type.name);
    expect(implementations.sort()).toEqual(
      ['Arrest', 'Article', 'Court', 'Meeting', 'Organization', 'Person', 'Place', 'State', 'Strike', 'Warrant'].sort(),
    );
  });
});

/** The lines of cypher/api/<name> between `// <marker>:begin` and `// <marker>:end`. */
function section(name: string, marker: string): string {
  const text = readFileSync(join(projectRoot(), 'cypher', 'api', `${name}.cypher`), 'utf8');
  return text.slice(text.indexOf(`// ${marker}:begin`), text.indexOf(`// ${marker}:end`));
}

describe('the API statements', () => {
  const names = cypher()
    .names('api/')
    .map((name) => name.slice('api/'.length));

  it('each start with a comment that names their parameters', () => {
    for (const name of names) {
      const text = cypher().get(`api/${name}`);
      expect(text.startsWith('//'), name).toBe(true);
      const params = new Set([...text.matchAll(/\$([a-zA-Z]\w*)/g)].map((match) => match[1]));
      const header = text
        .split('\n')
        .filter((line) => line.startsWith('//'))
        .join('\n');
      for (const param of params) expect(header, `${name}: $${param}`).toContain(`$${param}`);
    }
  });

  it('fill their slots only with allowed values', () => {
    expect(apiStatement('actors-page', { label: 'Person' })).toContain('MATCH (n:Person)');
    expect(() => apiStatement('actors-page', { label: 'Person) DETACH DELETE (n' })).toThrow(/allowed value/);
    expect(() => apiStatement('path', { maxHops: 7 })).toThrow(/allowed value/);
    expect(apiStatement('path', { maxHops: 3 })).toContain('*..3]');
  });

  it.each(['actors', 'events', 'articles'])(
    'share their filters between the page and count statements of %s',
    (kind) => {
      const page = section(`${kind}-page`, 'filters');
      expect(page.length).toBeGreaterThan(50);
      expect(section(`${kind}-count`, 'filters')).toBe(page);
    },
  );

  it('keep a filter line only when its parameter is set', () => {
    const unfiltered = filterBlocks({ anchor: null, labels: null, attributeIn: [], from: null, to: null });
    expect(unfiltered).toEqual([]);
    // The statement without its comments (the header names every parameter).
    const page = (blocks: StatementBlock[]): string =>
      apiStatement('events-page', { label: 'Warrant', walkEdges: ['ISSUED'], blocks }).replace(/\/\/.*$/gm, '');
    expect(page(unfiltered)).not.toMatch(/\$attributeIn|\$from|\$labels/);
    const filtered = filterBlocks({
      labels: ['Warrant'],
      attributeIn: [{ field: 'status', values: ['issued'] }],
      from: '2024-01-01',
    });
    expect(filtered).toEqual(['labels', 'attributeIn', 'from']);
    expect(page(filtered)).toContain('e[filter.field] IN filter.values');
    expect(page(filtered)).toContain('e.dateTo >= date($from)');
    expect(page(filtered)).not.toContain('$to');
    expect(apiStatement('articles-page', { blocks: filterBlocks({ titleContains: 'court' }) })).toContain(
      'toLower(a.title) CONTAINS $titleContains',
    );
  });

  it('fill blocks inside kept blocks, and cut those inside cut ones', () => {
    const code = (blocks: StatementBlock[]): string =>
      apiStatement('articles-page', { blocks }).replace(/\/\/.*$/gm, '');
    const pastCursor = code(['after', 'PUBLISHED_DESC']);
    expect(pastCursor).not.toContain('{{');
    expect(pastCursor).toContain('$after.sort');
    expect(pastCursor).not.toContain('total');
    expect(code(['after', 'count', 'PUBLISHED_DESC'])).toMatch(/AS published, total\n/);
    const firstPage = code(['count', 'PUBLISHED_ASC']);
    expect(firstPage).not.toContain('$after');
    expect(firstPage).toContain('a.publishedAt,\n');
    expect(firstPage).not.toContain('a.publishedAt DESC');
  });

  it('read an actor’s roles the same way on its page as through the roles loader', () => {
    const held = section('roles-held', 'roles');
    expect(held).toContain('HOLDS_ROLE');
    expect(section('actor-page', 'roles')).toBe(held);
  });
});
