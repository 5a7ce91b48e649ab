import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { ingest, type IngestOptions } from '../../src/ingest/ingest-run.js';
import type { Progress } from '../../src/ingest/progress.js';
import { enqueueArticles } from '../../src/queue/article-queue.js';
import { connectTestGraph, uniqueTestPrefix } from '../setup/test-neo4j.js';
import { articleNode, cleanUp, processedCounts, recordingProcessor, silentLog } from './queue-test-helpers.js';

let graph: GraphConnection;
let dir: string;
const prefix = uniqueTestPrefix('ingest');

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-ingest-'));
});

afterAll(async () => {
  await cleanUp(graph, prefix);
  await graph.driver.executeQuery(
    'MATCH (a:Article) WHERE a.source STARTS WITH $dir DETACH DELETE a',
    { dir },
    { database: graph.database },
  );
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

function jsonl(...records: object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

function options(paths: string[], extra: Partial<IngestOptions> = {}): IngestOptions {
  return {
    paths,
    enqueueOnly: false,
    worker: {
      workerId: `${prefix}-run-${Math.random().toString(36).slice(2)}`,
      batchSize: 10,
      concurrency: 2,
      leaseMs: 60_000,
      pollIntervalMs: 50,
      maxAttempts: 3,
      processor: recordingProcessor('ingest'),
      log: silentLog,
    },
    ...extra,
  };
}

function countingProgress(): Progress & { total: number; ticks: number; failed: number } {
  const progress = {
    total: -1,
    ticks: 0,
    failed: 0,
    start: (total: number) => void (progress.total = total),
    tick: (failed: boolean) => {
      progress.ticks++;
      if (failed) progress.failed++;
    },
    stop: () => undefined,
  };
  return progress;
}

describe('ingest', () => {
  it('queues and processes a folder, records the rejects, and is idempotent on a second run', async () => {
    const corpus = join(dir, 'corpus');
    await file(
      'corpus/one.txt',
      `---\nid: ${prefix}-one\ntitle: One\npublishedAt: 2025-09-09\n---\nThe first article.\n`,
    );
    await file(
      'corpus/sub/feed.jsonl',
      jsonl({ id: `${prefix}-f1`, text: 'Feed one.' }, { id: `${prefix}-f2`, text: 'Feed two.' }) +
        '{"id": "x", "publishedAt": "last week", "text": "bad date"}\n' +
        jsonl({ id: `${prefix}-f4`, text: 'Feed four.' }),
    );
    await file('corpus/notes.md', '# not an article');
    await file('corpus/photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    // A backlog queued for the workers, not by this run: ingest leaves it to them.
    await enqueueArticles(graph, [
      { id: `${prefix}-backlog`, title: null, url: null, publishedAt: null, text: 'Backlog.' },
    ]);

    const progress = countingProgress();
    const first = await ingest(graph, options([corpus], { progress }));
    expect(first).toMatchObject({ read: 4, queued: 4, requeued: 0, unchanged: 0, ingested: 4, pending: [] });
    expect(first.failed.map((f) => f.error)).toEqual([
      `${join(corpus, 'photo.txt')}: binary data, not text: it contains a NUL byte at byte 3`,
      `${join(corpus, 'sub', 'feed.jsonl')}:3: publishedAt must be YYYY-MM-DD, got "last week"`,
    ]);
    expect(first.skipped).toEqual([{ path: join(corpus, 'notes.md'), reason: 'not .txt, .jsonl, .json' }]);
    expect(progress).toMatchObject({ total: 4, ticks: 4, failed: 0 });
    expect(await articleNode(graph, `${prefix}-backlog`)).toMatchObject({ status: 'queued' });
    expect(await articleNode(graph, `${prefix}-one`)).toMatchObject({ status: 'done', title: 'One' });

    const second = await ingest(graph, options([corpus]));
    expect(second).toMatchObject({ read: 4, queued: 0, requeued: 0, unchanged: 4, ingested: 0, pending: [] });
    expect(second.failed).toHaveLength(2); // the rejects are reported again, still failed
    const counts = await processedCounts(graph, prefix);
    expect([...counts.values()]).toEqual([1, 1, 1, 1]);

    await file(
      'corpus/sub/feed.jsonl',
      jsonl(
        { id: `${prefix}-f1`, text: 'Feed one.' },
        { id: `${prefix}-f2`, text: 'Feed two, revised.' },
        { id: `${prefix}-f4`, text: 'Feed four.' },
      ),
    );
    const third = await ingest(graph, options([corpus]));
    expect(third).toMatchObject({ read: 4, queued: 0, requeued: 1, unchanged: 3, ingested: 1 });
    expect((await processedCounts(graph, prefix)).get(`${prefix}-f2`)).toBe(2);
  });

  it('with enqueueOnly queues without processing and reports what waits for a worker', async () => {
    const path = await file('late.jsonl', jsonl({ id: `${prefix}-late`, text: 'Late news.' }));
    const summary = await ingest(graph, options([path], { enqueueOnly: true }));
    expect(summary).toMatchObject({ queued: 1, ingested: 0, pending: [{ id: `${prefix}-late`, status: 'queued' }] });
    expect(await articleNode(graph, `${prefix}-late`)).toMatchObject({ status: 'queued' });
    expect(await processedCounts(graph, `${prefix}-late`)).toEqual(new Map());

    // A later run with the same article takes it over and processes it.
    const again = await ingest(graph, options([path]));
    expect(again).toMatchObject({ queued: 0, unchanged: 0, ingested: 1, pending: [] });
  });
});
