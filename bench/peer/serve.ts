/**
 * The peer server of bench:api -- --peer: @neo4j/graphql 7 over the configured Neo4j (the same
 * NEO4J_* variables as newsgraph, src/config.ts), served by Apollo Server on HOST:PORT. It
 * prints "Peer GraphQL API at <url>" once it listens and stops on SIGTERM.
 *
 * Run: npx tsx bench/peer/serve.ts (DEBUG=@neo4j/graphql:* logs the Cypher it runs).
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';

const config = loadConfig();
const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
  userAgent: 'newsgraph-bench-peer',
});
const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { port: config.api.port, host: config.api.host },
  context: async () => ({ sessionConfig: { database: config.neo4j.database } }),
});
process.stdout.write(`Peer GraphQL API at ${url}\n`);

process.once('SIGTERM', () => {
  void server
    .stop()
    .then(() => driver.close())
    .then(() => process.exit(0));
});
