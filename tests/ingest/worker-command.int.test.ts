import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { projectRoot } from '../../src/project-root.js';
import { enqueueArticles } from '../../src/queue/article-queue.js';
import { connectTestGraph, testNeo4jEnv, uniqueTestPrefix } from '../setup/test-neo4j.js';
import { cleanUp, processedCounts, statusesOf, testArticles } from './queue-test-helpers.js';

const FIXTURE = join(projectRoot(), 'tests', 'ingest', 'fixtures', 'run-worker-command.ts');

let graph: GraphConnection;
const prefix = uniqueTestPrefix('workercmd');

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
});

afterAll(async () => {
  await cleanUp(graph, prefix);
  await graph.close();
});

describe('newsgraph worker', () => {
  it('on SIGTERM finishes the article in progress, gives back the rest of its batch and exits 0', async () => {
    await enqueueArticles(graph, testArticles(prefix, 20));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        FIXTURE,
        '--concurrency',
        '1',
        '--batch-size',
        '10',
        '--id-prefix',
        prefix,
        '--worker-id',
        'sigterm-test',
      ],
      {
        cwd: projectRoot(),
        env: {
          ...process.env,
          ...testNeo4jEnv(),
          SLEEP_MS: '300',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let started = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout += `${line}\n`;
      if (line.startsWith('started ') && ++started === 2) child.kill('SIGTERM');
    });
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];

    expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
    expect(started).toBe(2);
    expect(stdout).toMatch(
      /Worker sigterm-test stopped: 2 done, 0 failed, 0 to retry, 0 lost to other workers, 8 released\./,
    );
    expect(await statusesOf(graph, prefix)).toEqual({ done: 2, queued: 18 });
    expect((await processedCounts(graph, prefix)).size).toBe(2);
  });
});
