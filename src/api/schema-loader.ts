/** The executable schema: the SDL of schema/*.graphql with the resolvers of ./resolvers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { printSchema, type GraphQLSchema } from './graphql.js';
import { projectRoot } from '../project-root.js';
import { buildResolvers } from './resolvers/index.js';

/** The SDL files in name order, as codegen reads them too. */
export function loadTypeDefs(dir: string = join(projectRoot(), 'schema')): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
    // A resolver for a field the SDL lacks is a typo: fail at start-up, not at query time.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}

/** The schema the API serves, as one SDL document (`newsgraph schema --print`), for other code generators. */
export function printApiSdl(): string {
  return printSchema(buildApiSchema());
}
