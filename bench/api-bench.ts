/**
 * GraphQL API benchmark: throughput and p50/p90/p99 latency of a fixed mix of queries at 10 and
 * 100 concurrent clients, per query type at 10 clients, and the server's boot time, on a
 * generated graph (default 100,000 articles; see ./api-graph.ts).
 *
 * Run: npx tsx bench/api-bench.ts [--articles 100000] [--duration 20] [--clean]
 *
 * Uses the configured Neo4j (NEO4J_URI or the local server; see src/config.ts) and adds its
 * bench~ nodes beside whatever is there; --clean removes them afterwards. The server runs as
 * `newsgraph serve` in a child process (under tsx), so client and server do not share a CPU
 * core's event loop. Not a timed test: numbers depend on the machine.
 */
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { connectGraph } from '../src/graph/connection.js';
import { checkGraphHealth } from '../src/graph/health.js';
import {
  actorKey,
  actorName,
  benchArticleCount,
  generateBenchGraph,
  poolSizes,
  removeBenchGraph,
} from './api-graph.js';
import { startServeProcess } from './serve-process.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const ARTICLES = option('articles', 100_000);
const DURATION = option('duration', 20);
const PER_QUERY_DURATION = Math.max(3, Math.round(DURATION / 4));
const CLEAN = process.argv.includes('--clean');

const log = (line: string): void => console.error(`[bench] ${line}`);

/** A small seeded PRNG, so that every run sends the same requests. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type QueryKind = 'warrants' | 'search' | 'actor' | 'strikes' | 'path' | 'articles';

/** The fixed mix: kind, share of requests, and a request body for a random id. */
function queryMix(pools: ReturnType<typeof poolSizes>) {
  const random = rng(42);
  const some = (label: keyof typeof pools, skew = 2): number => Math.floor(pools[label] * random() ** skew);
  const makers: Record<QueryKind, { share: number; body: () => object }> = {
    // "Who issued warrants for whom", by a court, with subjects and sources.
    warrants: {
      share: 30,
      body: () => ({
        query: `query ($court: ID!) { warrants(first: 20, where: { issuer: $court }) { totalCount nodes {
          issuer { name } subjects { name } status date { value precision } charges
          sources(first: 3) { article { title url publishedAt } evidence { text start end } } } } }`,
        variables: { court: actorKey('Court', some('Court')) },
      }),
    },
    search: {
      share: 20,
      body: () => ({
        query: `query ($q: String!) { search(query: $q, first: 10) { score actor { __typename name aliases } } }`,
        variables: { q: actorName('Person', some('Person', 1)).split(' ').slice(0, 2).join(' ') },
      }),
    },
    // An actor's page: warrants against, meetings, counterparts, roles.
    actor: {
      share: 20,
      body: () => ({
        query: `query ($id: ID!) { actor(id: $id) { name aliases
          warrantsAgainst(first: 5) { issuer { name } status date { value } }
          meetings(first: 5) { date { value } participants { name } }
          counterparts(first: 5) { actor { name } meetingCount }
          roles { role holder { name } } } }`,
        variables: { id: actorKey('Person', some('Person')) },
      }),
    },
    strikes: {
      share: 10,
      body: () => ({
        query: `query ($state: ID!) { strikes(first: 20, where: { perpetrator: $state }, orderBy: DATE_DESC) {
          pageInfo { hasNextPage endCursor } nodes { date { value } targets { name } locations { name } } } }`,
        variables: { state: actorKey('State', some('State')) },
      }),
    },
    path: {
      share: 10,
      body: () => ({
        query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length
          nodes { __typename ... on Actor { name } } steps { type } } }`,
        variables: { from: actorKey('Person', some('Person')), to: actorKey('Person', some('Person')) },
      }),
    },
    articles: {
      share: 10,
      body: () => ({
        query: `query ($id: ID!) { articles(first: 10, where: { mentions: $id }) { totalCount nodes { title publishedAt } } }`,
        variables: { id: actorKey('State', some('State')) },
      }),
    },
  };
  const bodies = (kind: QueryKind, n: number): string[] =>
    Array.from({ length: n }, () => JSON.stringify(makers[kind].body()));
  const mixed: string[] = [];
  for (const [kind, { share }] of Object.entries(makers) as Array<[QueryKind, { share: number }]>) {
    mixed.push(...bodies(kind, share * 20));
  }
  // A fixed shuffle, so the kinds interleave.
  for (let i = mixed.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [mixed[i], mixed[j]] = [mixed[j] as string, mixed[i] as string];
  }
  return { kinds: Object.keys(makers) as QueryKind[], bodies, mixed };
}

interface Load {
  label: string;
  connections: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  failures: number;
}

async function load(
  url: string,
  label: string,
  bodies: string[],
  connections: number,
  duration: number,
): Promise<Load> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    label,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + graphqlErrors,
  };
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j);
  try {
    await applySchema(graph);
    const health = await checkGraphHealth(graph);
    const existing = await benchArticleCount(graph);
    const pools = poolSizes({ articles: ARTICLES });
    if (existing !== ARTICLES) {
      if (existing > 0) {
        log(`removing a bench graph of ${existing} articles…`);
        await removeBenchGraph(graph);
      }
      const started = performance.now();
      const { relationships } = await generateBenchGraph(graph, { articles: ARTICLES }, log);
      log(
        `generated ${ARTICLES} articles and ${relationships} relationships in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    } else {
      log(`reusing the bench graph of ${existing} articles`);
    }

    const { kinds, bodies, mixed } = queryMix(pools);
    const server = await startServeProcess();
    log(`server listening after ${ms(server.listening)}, first answer after ${ms(server.firstAnswer)}`);
    // Warm-up: query plans compiled and caches filled, not counted.
    await load(server.url, 'warm-up', mixed, 10, 5);

    const results: Load[] = [];
    for (const kind of kinds) {
      const result = await load(server.url, kind, bodies(kind, 200), 10, PER_QUERY_DURATION);
      log(`${kind}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`);
      results.push(result);
    }
    for (const connections of [10, 100]) {
      const result = await load(server.url, 'mix', mixed, connections, DURATION);
      log(`mix @${connections}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`);
      results.push(result);
    }
    const shutdown = await server.stop();

    console.log(`\n## API benchmark (${new Date().toISOString().slice(0, 10)})\n`);
    console.log(
      `Graph: ${ARTICLES} generated articles (${Object.entries(pools)
        .map(([label, n]) => `${n} ${label}`)
        .join(', ')}); Neo4j ${health.status === 'ok' ? `${health.version} ${health.edition}` : '?'}; ` +
        `${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GB; client and server on the same machine.\n`,
    );
    console.log(
      `Boot (\`newsgraph serve\` under tsx, schema applied): listening after ${ms(server.listening)}, ` +
        `first answer after ${ms(server.firstAnswer)}; shutdown ${ms(shutdown)}.\n`,
    );
    console.log('| load | clients | req/s | p50 ms | p90 ms | p99 ms | requests | failures |');
    console.log('| ---- | ------: | ----: | -----: | -----: | -----: | -------: | -------: |');
    for (const r of results) {
      console.log(
        `| ${r.label} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.requests} | ${r.failures} |`,
      );
    }
    console.log(
      `\nMix: 30% warrants by court, 20% search, 20% actor page, 10% strikes by state, 10% path, 10% articles by mention; ` +
        `${DURATION} s per mixed run, ${PER_QUERY_DURATION} s per query type.`,
    );
    if (CLEAN) {
      log('removing the bench graph…');
      await removeBenchGraph(graph);
    }
  } finally {
    await graph.close();
  }
}

await main();
