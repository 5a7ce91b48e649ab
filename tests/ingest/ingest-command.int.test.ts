import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCommand } from '../../src/cli/ingest-command.js';
import { run } from '../../src/cli/run.js';
import { closeSharedGraph, type GraphConnection } from '../../src/graph/connection.js';
import { rejectedInputId } from '../../src/ingest/read-inputs.js';
import { connectTestGraph, testNeo4jEnv, uniqueTestPrefix } from '../setup/test-neo4j.js';
import { captureIO } from '../setup/capture-io.js';
import { articleNode, cleanUp, processedCounts, recordingProcessor } from './queue-test-helpers.js';

let graph: GraphConnection;
let dir: string;
const prefix = uniqueTestPrefix('ingestcmd');
const stdinRejects = [rejectedInputId('stdin:2')];

beforeAll(async () => {
  graph = await connectTestGraph();
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-ingestcmd-'));
});

afterAll(async () => {
  await closeSharedGraph();
  await cleanUp(graph, prefix, stdinRejects);
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('newsgraph ingest', () => {
  it('--enqueue-only queues the articles for the workers and says so', async () => {
    const folder = join(dir, 'queued');
    await file('queued/a.txt', `---\nid: ${prefix}-q1\n---\nQueued one.`);
    await file('queued/b.txt', `---\nid: ${prefix}-q2\n---\nQueued two.`);
    const io = captureIO(testNeo4jEnv());
    expect(await run(['ingest', '--enqueue-only', folder], io)).toBe(0);
    expect(io.out()).toContain('Queued 2 article(s), 0 unchanged, 0 rejected.\n');
    expect(io.out()).toContain('Queued: 2 (2 new, 0 re-queued)\nUnchanged: 0\nFailed: 0\n');
    expect(io.out()).toContain('Waiting for a worker: 2 (run `newsgraph worker` to process them)');
    expect(await articleNode(graph, `${prefix}-q1`)).toMatchObject({ status: 'queued' });
  });

  it('--jsonl - reads standard input, lists every failure with its reason and exits 1', async () => {
    const stdin = [
      JSON.stringify({ id: `${prefix}-s1`, text: 'From stdin.' }),
      '{"id": oops}',
      JSON.stringify({ id: `${prefix}-s3`, text: 'Also from stdin.' }),
    ].join('\n');
    const io = captureIO(testNeo4jEnv(), { stdin });
    // The good lines are extracted and written; the bad one fails the run, visibly.
    expect(await run(['ingest', '--jsonl', '-', '--max-attempts', '1'], io)).toBe(1);
    const out = io.out();
    expect(out).toContain('Queued 2 article(s), 0 unchanged, 1 rejected; processing…');
    expect(out).toContain('Ingested: 2\nUnchanged: 0\nFailed: 1\n');
    expect(out).toMatch(/^ {2}stdin:2: not valid JSON: .+$/m);
    expect(await articleNode(graph, `${prefix}-s3`)).toMatchObject({ status: 'done' });
    // The articles queued for the workers earlier were not this run's to process.
    expect(await articleNode(graph, `${prefix}-q1`)).toMatchObject({ status: 'queued' });
  });

  it('ingests the lines around one nested 20,000 arrays deep, and names that line (issue 10, finding 5)', async () => {
    const deep = `{"id":"${prefix}-d2","text":"t","title":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const path = await file(
      'deep.jsonl',
      [
        JSON.stringify({ id: `${prefix}-d1`, text: 'Before.' }),
        deep,
        JSON.stringify({ id: `${prefix}-d3`, text: 'After.' }),
      ].join('\n'),
    );
    const io = captureIO(testNeo4jEnv());
    let exit = 0;
    await ingestCommand(io, (code) => (exit = code), { processor: recordingProcessor('deep') }).parseAsync(
      ['--jsonl', path],
      { from: 'user' },
    );
    expect(exit).toBe(1);
    expect(io.out()).toContain('Ingested: 2\nUnchanged: 0\nFailed: 1\n');
    expect(io.out()).toContain(`  ${path}:2: title must be a string, got [[[[`);
    expect((await processedCounts(graph, `${prefix}-d`)).size).toBe(2);
  });

  it('warns of an id given twice in one file, naming both lines, and keeps the later (issue 10, finding 8)', async () => {
    const path = await file(
      'twice.jsonl',
      [
        JSON.stringify({ id: `${prefix}-twice`, text: 'The first text.' }),
        JSON.stringify({ id: `${prefix}-once`, text: 'Another article.' }),
        JSON.stringify({ id: `${prefix}-twice`, text: 'The second text.' }),
      ].join('\n'),
    );
    const io = captureIO(testNeo4jEnv());
    await ingestCommand(io, () => undefined, { processor: recordingProcessor('twice') }).parseAsync([path], {
      from: 'user',
    });
    expect(io.out()).toContain(
      `Duplicate ids: 1 (the later input replaced the earlier)\n  id ${prefix}-twice: ${path}:3 replaced ${path}:1\n`,
    );
    expect(await articleNode(graph, `${prefix}-twice`)).toMatchObject({ text: 'The second text.', status: 'done' });
  });

  it('processes with the wired processor, printing progress lines and the summary', async () => {
    const path = await file(
      'feed.jsonl',
      [1, 2, 3].map((i) => JSON.stringify({ id: `${prefix}-p${i}`, text: `Article ${i}.` })).join('\n'),
    );
    const io = captureIO(testNeo4jEnv());
    let exit = 0;
    const command = ingestCommand(io, (code) => (exit = code), { processor: recordingProcessor('cli') });
    await command.parseAsync([path], { from: 'user' });
    expect(exit).toBe(0);
    expect(io.out()).toMatch(/^ingest: 3\/3 articles \(0 failed\), [\d.]+ articles\/s$/m);
    expect(io.out()).toContain('Ingested: 3\nUnchanged: 0\nFailed: 0\n');
    expect((await processedCounts(graph, `${prefix}-p`)).size).toBe(3);

    const again = captureIO(testNeo4jEnv());
    await ingestCommand(again, (code) => (exit = code), { processor: recordingProcessor('cli') }).parseAsync([path], {
      from: 'user',
    });
    expect(again.out()).toContain('Queued 0 article(s), 3 unchanged, 0 rejected.\n');
    expect(again.out()).toContain('Ingested: 0\nUnchanged: 3\nFailed: 0\n');
  });

  it('draws a progress bar with rate and ETA on a terminal', async () => {
    const path = await file('tty.jsonl', JSON.stringify({ id: `${prefix}-t1`, text: 'On a terminal.' }));
    const io = captureIO(testNeo4jEnv(), { isTTY: true });
    await ingestCommand(io, () => undefined, { processor: recordingProcessor('tty') }).parseAsync([path], {
      from: 'user',
    });
    expect(io.out()).toMatch(/ingest \[[█░]+\] 1\/1 \| [\d.]+\/s \| ETA \d+s \| 0 failed/);
    expect(io.out()).toContain('Ingested: 1\n');
  });
});
