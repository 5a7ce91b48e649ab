/**
 * First-article latency on a fresh server: how long a user who submits an article right after
 * `newsgraph start` waits for it, with and without the worker's rehearsal of the writer
 * (src/ingest/rehearse-writer.ts).
 *
 * Run: npx tsx bench/first-ingest-bench.ts [--trials 3]
 *
 * Each trial is a new Node process and a new Neo4j JVM (.neo4j/first-ingest, emptied, on
 * BENCH_BOLT_PORT, default 7697): the schema is applied as `start` does, a worker starts (with or
 * without rehearsal; the two alternate) and goes idle, then one sample article is queued and
 * timed from queueing to done, then a second one for comparison. Not a timed test.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { enqueueArticles } from '../src/queue/article-queue.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { connectGraph } from '../src/graph/connection.js';
import { cypher } from '../src/graph/cypher-registry.js';
import type { ClaimProcessor } from '../src/queue/queue-processing.js';
import type { ArticleInput } from '../src/contracts/article-input.js';
import { defaultProcessor } from '../src/ingest/process-article.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import { Worker, WORKER_DEFAULTS, type WorkerLog } from '../src/ingest/worker.js';
import { startServer, stopServer } from '../src/neo4j-local/launcher.js';
import { projectRoot } from '../src/project-root.js';

process.setSourceMapsEnabled(false);

const HOME = join(projectRoot(), '.neo4j', 'first-ingest');
const BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 7697);
const SAMPLES = ['01-icc-warrants-netanyahu-gallant.txt', '05-israeli-strike-doha.txt'];

interface Trial {
  rehearse: boolean;
  rehearsalMs: number | null;
  firstMs: number;
  secondMs: number;
  /** Milliseconds of each Cypher statement the processor ran for the first article, by its file. */
  firstStatements: Record<string, number>;
}

/** The processor, timing each statement it runs (until its records arrived) into `times`. */
function timed(processor: ClaimProcessor, times: Map<string, Record<string, number>>): ClaimProcessor {
  const registry = cypher();
  const names = new Map(registry.names('ingest/').map((name) => [registry.get(name), name]));
  return (tx, article) => {
    const mine: Record<string, number> = {};
    times.set(article.id, mine);
    const timedTx = new Proxy(tx, {
      get(target, property) {
        if (property !== 'run') return Reflect.get(target, property) as unknown;
        return async (query: string, params?: Record<string, unknown>) => {
          const started = performance.now();
          const result = await target.run(query, params);
          const name = names.get(query) ?? query.slice(0, 40);
          mine[name] = (mine[name] ?? 0) + (performance.now() - started);
          return result;
        };
      },
    });
    return processor(timedTx, article);
  };
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** One trial, in this process: fresh server, worker, two articles. */
async function trial(rehearse: boolean): Promise<Trial> {
  await stopServer({ home: HOME });
  rmSync(join(HOME, 'data'), { recursive: true, force: true });
  const server = await startServer({
    home: HOME,
    boltPort: BOLT_PORT,
    heap: '1g',
    pageCache: '512m',
    startTimeoutMs: 180_000,
  });
  const graph = await connectGraph({ uri: server.uri, user: 'neo4j', password: 'neo4j', database: 'neo4j' });
  const stop = new AbortController();
  try {
    await applySchema(graph);
    let rehearsalMs: number | null = null;
    let idle!: () => void;
    const ready = new Promise<void>((resolve) => (idle = resolve));
    const done = new Map<string, () => void>();
    const times = new Map<string, Record<string, number>>();
    const log: WorkerLog = {
      debug: () => undefined,
      info: (obj, msg) => {
        if (msg.startsWith('rehearsed')) rehearsalMs = (obj as { ms: number }).ms;
        if (msg.startsWith('rehearsed') || (!rehearse && msg === 'worker started')) idle();
      },
      warn: (obj, msg) => console.error(msg, obj),
      error: (obj, msg) => console.error(msg, obj),
    };
    const worker = new Worker(graph, {
      ...WORKER_DEFAULTS,
      workerId: 'first-ingest-bench',
      pollIntervalMs: 50,
      processor: timed(defaultProcessor, times),
      rehearse,
      signal: stop.signal,
      log,
      onResult: (result) => done.get(result.id)?.(),
    });
    const running = worker.run();
    await ready;
    const idOf = new Map<string, string>();
    const ingest = async (file: string): Promise<number> => {
      let article: ArticleInput | undefined;
      for await (const item of readInputs([join(projectRoot(), 'samples', file)])) {
        if (item.kind === 'article') article = item.input;
      }
      if (!article) throw new Error(`samples/${file} is not an article`);
      idOf.set(file, article.id);
      const finished = new Promise<void>((resolve) => done.set(article.id, resolve));
      const started = performance.now();
      await enqueueArticles(graph, [article]);
      await finished;
      return performance.now() - started;
    };
    const [first, second] = SAMPLES as [string, string];
    const firstMs = await ingest(first);
    const secondMs = await ingest(second);
    stop.abort();
    await running;
    const firstStatements = Object.fromEntries(
      Object.entries(times.get(idOf.get(first) ?? '') ?? {}).map(([name, ms]) => [name, Math.round(ms)]),
    );
    return { rehearse, rehearsalMs, firstMs, secondMs, firstStatements };
  } finally {
    stop.abort();
    await graph.close();
    await stopServer({ home: HOME });
  }
}

const asChild = process.argv.indexOf('--trial');
if (asChild >= 0) {
  const result = await trial(process.argv[asChild + 1] === 'rehearse');
  console.log(JSON.stringify(result));
} else {
  const trials = option('trials', 3);
  const results: Trial[] = [];
  for (let i = 0; i < trials * 2; i += 1) {
    // Alternate, starting with a different variant each pair, so drift in the machine's load hits both.
    const rehearse = (i % 2 === 0) === (Math.floor(i / 2) % 2 === 0);
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(projectRoot(), 'bench', 'first-ingest-bench.ts'),
        '--trial',
        rehearse ? 'rehearse' : 'cold',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    const result = JSON.parse(line) as Trial;
    console.error(`[bench] ${JSON.stringify(result)}`);
    results.push(result);
  }
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\n## First ingest on a fresh server (${new Date().toISOString().slice(0, 10)})\n`);
  console.log(
    '| worker | trials | rehearsal (median) | first article (median; each) | its writer statements (median) | second article (median) |',
  );
  console.log('| --- | --: | --: | --- | --- | --: |');
  for (const rehearse of [false, true]) {
    const mine = results.filter((r) => r.rehearse === rehearse);
    console.log(
      `| ${rehearse ? 'rehearses the writer' : 'no rehearsal'} | ${mine.length} | ` +
        `${rehearse ? s(median(mine.map((r) => r.rehearsalMs ?? 0))) : '–'} | ` +
        `${s(median(mine.map((r) => r.firstMs)))} (${mine.map((r) => s(r.firstMs)).join(', ')}) | ` +
        `${[...new Set(mine.flatMap((r) => Object.keys(r.firstStatements)))]
          .map((name) => `${name} ${s(median(mine.map((r) => r.firstStatements[name] ?? 0)))}`)
          .join(', ')} | ` +
        `${s(median(mine.map((r) => r.secondMs)))} |`,
    );
  }
}
