/**
 * `newsgraph schema --print`: the SDL as one document for other languages' code generators,
 * printed without a database, and the same schema as the file the TypeScript client ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as graphql from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/schema-loader.js';
import { run } from '../../src/cli/run.js';
import { projectRoot } from '../../src/project-root.js';
import { captureIO } from '../setup/capture-io.js';

/** The schema an SDL describes, printed in one order (types and fields by name). */
const canonical = (sdl: string): string =>
  graphql.printSchema(graphql.lexicographicSortSchema(graphql.buildSchema(sdl)));

describe('newsgraph schema --print', () => {
  // No NEO4J_URI, and a local port nothing listens on: printing must not touch a database.
  const io = captureIO({ NEO4J_LOCAL_BOLT_PORT: '1' });
  const printed = run(['schema', '--print'], io).then((status) => ({ status, sdl: io.out() }));

  it('prints the schema of schema/*.graphql as the API serves it, and needs no database', async () => {
    const { status, sdl } = await printed;
    expect(status, io.err()).toBe(0);
    // The served schema: resolvers' scalars included, whose descriptions must be the SDL's.
    expect(canonical(sdl)).toBe(canonical(loadTypeDefs().join('\n')));
    expect(sdl).toMatch(/"""\s*Who issued or requested it/);
  });

  it('prints the schema clients/typescript/schema.graphql holds', async () => {
    const shipped = readFileSync(join(projectRoot(), 'clients', 'typescript', 'schema.graphql'), 'utf8');
    expect(canonical((await printed).sdl)).toBe(canonical(shipped));
  });
});
