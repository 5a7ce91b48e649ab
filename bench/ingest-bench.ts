/**
 * End-to-end ingestion throughput into a real local Neo4j: generated articles are queued,
 * then workers claim, extract and write them, one transaction per article.
 *
 *   npm run bench:ingest                 # 1,000 and 10,000 articles
 *   npm run bench:ingest -- 2000         # other sizes
 *   BENCH_WORKERS=2 BENCH_CONCURRENCY=4 npm run bench:ingest
 *
 * Each size runs on a fresh dedicated server (.neo4j/bench, port 7697), so runs do not disturb
 * a development or test server. A fresh JVM is slow until its JIT has compiled Neo4j's hot
 * paths, so the server is warmed up first with rounds of 1,000 articles, each into an emptied
 * database, until two rounds in a row agree within 10% (at least 4 rounds: on 2 cores the JIT
 * takes about that long; at most BENCH_WARM_UP_ROUNDS, default 8); their rates are printed too
 * (the cold-server figures).
 * Then the database is emptied again and the measured articles are ingested. The rate per
 * 1,000 articles is printed as the graph grows, so growth in cost per article can be read.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/contracts/article-input.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { connectGraph, type GraphConnection } from '../src/graph/connection.js';
import { defaultProcessor } from '../src/ingest/process-article.js';
import { Worker, WORKER_DEFAULTS } from '../src/ingest/worker.js';
import { startServer, stopServer } from '../src/neo4j-local/launcher.js';
import { projectRoot } from '../src/project-root.js';
import { enqueueArticles } from '../src/queue/article-queue.js';
import { generateArticles } from './generate-articles.js';

// The product runs compiled JavaScript without source maps; tsx turns them on, which makes the
// stack the driver captures for every result (neo4j-driver-core result.js) several times dearer.
process.setSourceMapsEnabled(false);

const HOME = join(projectRoot(), '.neo4j', 'bench');
const BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 7697);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? WORKER_DEFAULTS.concurrency);
const CHUNK = 1_000;
const WARM_UP_ROUND_ARTICLES = 1_000;
const WARM_UP_MIN_ROUNDS = 4;
const WARM_UP_MAX_ROUNDS = Number(process.env.BENCH_WARM_UP_ROUNDS ?? 8);
/** Warm-up ends when a round's rate is within this fraction of the round before. */
const WARM_UP_STABLE = 0.1;
const silentLog = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

interface Result {
  articles: number;
  /** Articles/s of each 1,000-article warm-up round, from a cold server on. */
  warmUpRates: number[];
  enqueueSeconds: number;
  processSeconds: number;
  articlesPerSecond: number;
  chunkRates: number[];
  nodes: number;
  relationships: number;
}

async function benchSize(count: number): Promise<Result> {
  await stopServer({ home: HOME });
  rmSync(join(HOME, 'data'), { recursive: true, force: true });
  const server = await startServer({
    home: HOME,
    boltPort: BOLT_PORT,
    heap: '2g',
    pageCache: '1g',
    startTimeoutMs: 180_000,
  });
  const graph = await connectGraph({ uri: server.uri, user: 'neo4j', password: 'neo4j', database: 'neo4j' });
  try {
    await applySchema(graph);
    const warmUpRates = await warmUp(graph);

    const articles = generateArticles(count, 7);
    const enqueueStarted = performance.now();
    await enqueueArticles(graph, articles);
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
    const { seconds: processSeconds, chunkRates } = await ingestAll(graph, null);
    const { nodes, relationships } = await counts(graph);
    return {
      articles: count,
      warmUpRates,
      enqueueSeconds,
      processSeconds,
      articlesPerSecond: count / processSeconds,
      chunkRates,
      nodes,
      relationships,
    };
  } finally {
    await graph.close();
  }
}

/** Rounds of 1,000 articles into an emptied database until the rate settles; their rates. */
async function warmUp(graph: GraphConnection): Promise<number[]> {
  const rates: number[] = [];
  for (let round = 0; round < WARM_UP_MAX_ROUNDS; round++) {
    const { seconds } = await ingestAll(graph, generateArticles(WARM_UP_ROUND_ARTICLES, 99 + round));
    await emptyDatabase(graph);
    rates.push(WARM_UP_ROUND_ARTICLES / seconds);
    const [before, last] = rates.slice(-2);
    const settled = before !== undefined && last !== undefined && Math.abs(last - before) <= WARM_UP_STABLE * before;
    if (settled && rates.length >= WARM_UP_MIN_ROUNDS) break;
  }
  return rates;
}

/** Queues `articles` (unless null: already queued) and processes the queue until it is empty. */
async function ingestAll(
  graph: GraphConnection,
  articles: ArticleInput[] | null,
): Promise<{ seconds: number; chunkRates: number[] }> {
  if (articles) await enqueueArticles(graph, articles);
  const chunkRates: number[] = [];
  let done = 0;
  let chunkStarted = performance.now();
  const started = performance.now();
  const workers = Array.from(
    { length: WORKERS },
    (_, index) =>
      new Worker(graph, {
        ...WORKER_DEFAULTS,
        workerId: `bench-${index}`,
        concurrency: CONCURRENCY,
        processor: defaultProcessor,
        log: silentLog,
        onResult: () => {
          done += 1;
          if (done % CHUNK === 0) {
            const now = performance.now();
            chunkRates.push(CHUNK / ((now - chunkStarted) / 1000));
            chunkStarted = now;
          }
        },
      }),
  );
  const stats = await Promise.all(workers.map((worker) => worker.runUntilIdle()));
  const failed = stats.reduce((sum, s) => sum + s.failed, 0);
  if (failed > 0) throw new Error(`${failed} articles failed`);
  return { seconds: (performance.now() - started) / 1000, chunkRates };
}

async function emptyDatabase(graph: GraphConnection): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not executeQuery's.
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function counts(graph: GraphConnection): Promise<{ nodes: number; relationships: number }> {
  const { records } = await graph.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: graph.database },
  );
  return { nodes: Number(records[0]?.get('nodes')), relationships: Number(records[0]?.get('relationships')) };
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const results: Result[] = [];
  try {
    for (const size of sizes.length > 0 ? sizes : [1_000, 10_000]) {
      console.log(`ingesting ${size} generated articles (${WORKERS} worker(s) × concurrency ${CONCURRENCY})…`);
      const result = await benchSize(size);
      results.push(result);
      console.log(
        `  warm-up rounds of ${WARM_UP_ROUND_ARTICLES} from a cold server: ${result.warmUpRates.map((rate) => rate.toFixed(0)).join(', ')} articles/s`,
      );
      console.log(
        `  ${result.articlesPerSecond.toFixed(1)} articles/s end to end (enqueue ${result.enqueueSeconds.toFixed(1)} s, ` +
          `process ${result.processSeconds.toFixed(1)} s); graph: ${result.nodes} nodes, ${result.relationships} relationships`,
      );
      if (result.chunkRates.length > 1) {
        console.log(`  articles/s per ${CHUNK}: ${result.chunkRates.map((rate) => rate.toFixed(0)).join(', ')}`);
      }
    }
  } finally {
    await stopServer({ home: HOME });
  }
  console.log(JSON.stringify({ benchmark: 'ingest', workers: WORKERS, concurrency: CONCURRENCY, results }, null, 2));
}

await main();
