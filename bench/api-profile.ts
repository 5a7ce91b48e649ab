/**
 * Where a request's time goes in Neo4j, newsgraph against the peer (bench/peer/): for requests of
 * the bench mix (the two densest ids and the first --typical drawn ones of each kind in --kinds),
 * the Cypher statements each API sends, their db hits (PROFILE) and their Neo4j time (median of
 * --runs executions, from the result summaries). With --cypher, the statements themselves (the
 * peer's as @neo4j/graphql generates them) for the densest request of each kind.
 *
 * Run: npx tsx bench/api-profile.ts [--kinds warrants,actor] [--typical 3] [--runs 9] [--cypher]
 *
 * Both APIs run in this process over the configured Neo4j with a driver that records what they
 * send; run bench:api first so that the bench graph exists. Not a timed test.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { readFileSync } from 'node:fs';
import neo4j, { type Driver, type ManagedTransaction, type ResultSummary, type Session } from 'neo4j-driver';
import { createApiServer } from '../src/api/server.js';
import { loadConfig } from '../src/config.js';
import { connectGraph, type GraphConnection } from '../src/graph/connection.js';
import { cypher } from '../src/graph/cypher-registry.js';
import { readRecord } from '../src/neo4j-local/server-process.js';
import { poolSizes } from './api-graph.js';
import { processCpuMs } from './api-load.js';
import { queryMix, type BenchRequest, type QueryKind } from './api-mix.js';
import { post } from './api-servers.js';

process.setSourceMapsEnabled(false);

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] as string) : fallback;
}
const KINDS = option('kinds', 'warrants,actor').split(',') as QueryKind[];
const TYPICAL = Number(option('typical', '3'));
const RUNS = Number(option('runs', '9'));
const SHOW_CYPHER = process.argv.includes('--cypher');

interface Sent {
  query: string;
  params: Record<string, unknown>;
}

/** The driver, recording every statement sent through executeQuery, a session's run or its transactions. */
function recordingDriver(driver: Driver, sent: Sent[]): Driver {
  const recordTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property) {
        if (property === 'run') {
          return (query: string, params: Record<string, unknown> = {}) => {
            sent.push({ query, params });
            return target.run(query, params);
          };
        }
        return Reflect.get(target, property) as unknown;
      },
    });
  const recordSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'run') {
          // newsgraph's reads: auto-commit transactions.
          return (query: string, params: Record<string, unknown> = {}, config?: unknown) => {
            sent.push({ query, params });
            return target.run(query, params, config as never);
          };
        }
        if (property === 'executeRead' || property === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            target[property]((tx) => work(recordTx(tx)), config as never);
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'executeQuery') {
        return (query: string, params: Record<string, unknown> = {}, config?: unknown) => {
          sent.push({ query, params });
          return target.executeQuery(query, params, config as never);
        };
      }
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => recordSession(target.session(...args));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}
const dbHitsOf = (plan: PlanNode): number => plan.dbHits + plan.children.reduce((sum, c) => sum + dbHitsOf(c), 0);
const serverMs = (summary: ResultSummary): number =>
  Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** db hits (PROFILE) and median Neo4j time of one statement as it was sent. */
async function measure(graph: GraphConnection, statement: Sent): Promise<{ dbHits: number; ms: number }> {
  const config = { database: graph.database, routing: neo4j.routing.READ };
  // PROFILE goes after the CYPHER options a statement may start with.
  const profiled = /^\s*CYPHER [^\n]*\n/.test(statement.query)
    ? statement.query.replace(/^(\s*CYPHER [^\n]*\n)/, '$1PROFILE ')
    : `PROFILE ${statement.query}`;
  const { summary } = await graph.driver.executeQuery(profiled, statement.params, config);
  const dbHits = summary.profile ? dbHitsOf(summary.profile) : 0;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    times.push(serverMs((await graph.driver.executeQuery(statement.query, statement.params, config)).summary));
  }
  return { dbHits, ms: median(times) };
}

/** The name of a newsgraph statement (cypher/api/…), found by its first comment line, slots filled or not. */
function statementName(query: string): string {
  const registry = cypher();
  const firstLine = query.split('\n')[0] ?? '';
  const matches = (name: string): boolean => {
    const pattern = (registry.get(name).split('\n')[0] ?? '')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\\\{\\\{\w+\\\}\\\}/g, '.+');
    return new RegExp(`^${pattern}$`).test(firstLine);
  };
  return registry.names('api/').find(matches) ?? '(unknown)';
}

/**
 * The CPU one read round trip costs, in Node (driver) and in Neo4j, whatever the statement:
 * `RETURN 1` sent `count` times in turn, as a managed transaction (executeQuery) or an
 * auto-commit one (session.run, as newsgraph's API reads); CPU times read from /proc.
 */
async function roundTripCost(graph: GraphConnection, neo4jPid: number | null, mode: 'managed' | 'auto', count = 500) {
  const node = process.cpuUsage();
  const server = processCpuMs(neo4jPid);
  for (let i = 0; i < count; i += 1) {
    if (mode === 'managed') {
      await graph.driver.executeQuery('RETURN 1 AS one', {}, { database: graph.database, routing: neo4j.routing.READ });
    } else {
      const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1 AS one');
      } finally {
        await session.close();
      }
    }
  }
  const used = process.cpuUsage(node);
  return { nodeMs: (used.user + used.system) / 1000 / count, neo4jMs: (processCpuMs(neo4jPid) - server) / count };
}

interface Profile {
  statements: number;
  dbHits: number;
  ms: number;
  sent: Array<Sent & { dbHits: number; ms: number }>;
}

async function profile(graph: GraphConnection, url: string, body: string, sent: Sent[]): Promise<Profile> {
  sent.length = 0;
  await post(url, body); // plans cached and pages warm
  sent.length = 0;
  const response = await post(url, body);
  if (response.errors) throw new Error(`request failed: ${JSON.stringify(response.errors)}`);
  // The peer checks the server's version once per schema; that is not part of a request.
  const statements = sent.filter((s) => !s.query.includes('dbms.components'));
  const measured: Profile['sent'] = [];
  for (const statement of statements) measured.push({ ...statement, ...(await measure(graph, statement)) });
  return {
    statements: statements.length,
    dbHits: measured.reduce((sum, m) => sum + m.dbHits, 0),
    ms: measured.reduce((sum, m) => sum + m.ms, 0),
    sent: measured,
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j);
  const ourSent: Sent[] = [];
  const peerSent: Sent[] = [];
  const ours = await createApiServer({
    config: { env: 'production', apiPolicy: config.apiPolicy },
    graph: { ...graph, driver: recordingDriver(graph.driver, ourSent) },
  });
  const ourUrl = await ours.listen(0, '127.0.0.1');
  const typeDefs = readFileSync(new URL('./peer/type-defs.graphql', import.meta.url), 'utf8');
  const peerDriver = recordingDriver(graph.driver, peerSent);
  const peer = new ApolloServer({ schema: await new Neo4jGraphQL({ typeDefs, driver: peerDriver }).getSchema() });
  const { url: peerUrl } = await startStandaloneServer(peer, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: graph.database } }),
  });
  try {
    const mix = queryMix(poolSizes({ articles: 100_000 }));
    const rows: string[] = [];
    const cypherShown: string[] = [];
    for (const kind of KINDS) {
      const requests: Array<[string, BenchRequest]> = [
        ...mix.densest[kind].map((r, i): [string, BenchRequest] => [`densest ${i + 1}`, r]),
        ...mix.single[kind].slice(0, TYPICAL).map((r, i): [string, BenchRequest] => [`drawn ${i + 1}`, r]),
      ];
      for (const [label, request] of requests) {
        const a = await profile(graph, ourUrl, request.newsgraph, ourSent);
        const b = await profile(graph, peerUrl, request.peer, peerSent);
        const variables = JSON.stringify((JSON.parse(request.newsgraph) as { variables: unknown }).variables);
        rows.push(
          `| ${kind} | ${label} \`${variables}\` | ${a.statements} | ${a.dbHits} | ${a.ms.toFixed(1)} | ` +
            `${b.statements} | ${b.dbHits} | ${b.ms.toFixed(1)} |`,
        );
        console.error(`[profile] ${rows.at(-1)}`);
        if (SHOW_CYPHER && label === 'densest 1') {
          cypherShown.push(
            `### ${kind}: newsgraph's statements\n\n${a.sent.map((s) => `- ${statementName(s.query)}: ${s.dbHits} db hits, ${s.ms} ms`).join('\n')}\n`,
            `### ${kind}: the peer's Cypher\n\n\`\`\`cypher\n${b.sent.map((s) => s.query).join('\n;\n')}\n\`\`\`\n`,
          );
        }
      }
    }
    const neo4jPid = config.usesLocalNeo4j ? (readRecord(config.localNeo4j.home)?.pid ?? null) : null;
    const managed = await roundTripCost(graph, neo4jPid, 'managed');
    const auto = await roundTripCost(graph, neo4jPid, 'auto');
    console.log(`\n## Cypher per request (${new Date().toISOString().slice(0, 10)}; Neo4j time: median of ${RUNS})\n`);
    console.log(
      '| kind | request | newsgraph statements | newsgraph db hits | newsgraph Neo4j ms | peer statements | peer db hits | peer Neo4j ms |',
    );
    console.log('| --- | --- | --: | --: | --: | --: | --: | --: |');
    for (const row of rows) console.log(row);
    const cpu = (cost: { nodeMs: number; neo4jMs: number }): string =>
      `${cost.nodeMs.toFixed(2)} ms of Node CPU and ${neo4jPid === null ? '? (Neo4j not local)' : cost.neo4jMs.toFixed(2)} ms of Neo4j CPU`;
    console.log(
      `\nOne read round trip (\`RETURN 1\`, 500 in turn) costs, as a managed transaction (executeQuery), ` +
        `${cpu(managed)}; as an auto-commit one (session.run, as newsgraph reads), ${cpu(auto)}.`,
    );
    if (cypherShown.length > 0) console.log(`\n${cypherShown.join('\n')}`);
  } finally {
    await peer.stop();
    await ours.close();
    await graph.close();
  }
}

await main();
