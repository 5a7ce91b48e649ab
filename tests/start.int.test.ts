/**
 * `npm start` end to end, the way a new user meets it: no NEO4J_URI, so the local Neo4j is
 * started (in a private home and port), the empty graph gets the sample articles, the API and a
 * worker run in one process, and the self-hosted IDE answers "who issued warrants for whom" in
 * Chromium (skipped where there is none). Stopping ends everything, the local server included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand } from '../src/cli/start-command.js';
import { closeSharedGraph } from '../src/graph/connection.js';
import { serverStatus, stopServer } from '../src/neo4j-local/launcher.js';
import { captureIO } from './setup/capture-io.js';
import { openExplorer } from './explore/drive-explorer.js';
import { runIdeExample } from './ide/run-ide-example.js';
import { freePort } from './setup/free-port.js';
import { requires } from './setup/needs.js';

const home = mkdtempSync(join(tmpdir(), 'newsgraph-start-'));

afterAll(async () => {
  await stopServer({ home });
  rmSync(home, { recursive: true, force: true });
});

let failure: unknown;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (failure !== undefined) throw failure instanceof Error ? failure : new Error('newsgraph start failed');
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function graphql(url: string, query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const chromium = requires('chromium');

describe('newsgraph start', () => {
  const stop = new AbortController();
  let io: ReturnType<typeof captureIO>;
  let running: Promise<void> | undefined;
  let apiPort: number;
  let url: string;

  beforeAll(async () => {
    const boltPort = await freePort();
    apiPort = await freePort();
    io = captureIO({
      PATH: process.env.PATH,
      ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
      NEO4J_LOCAL_HOME: home,
      NEO4J_LOCAL_BOLT_PORT: String(boltPort),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
      PORT: String(apiPort),
      LOG_LEVEL: 'warn',
    });
    running = startCommand(io, { signal: stop.signal })
      .parseAsync([], { from: 'user' })
      .then(
        () => undefined,
        (error: unknown) => {
          failure = error;
        },
      );
    // Neo4j's first start on a busy machine can take two minutes; the hook allows four.
    url = await waitFor(
      'the ready line',
      () => Promise.resolve(/newsgraph is ready: open (\S+) in a browser/.exec(io.out())?.[1]),
      210_000,
    );
  });

  afterAll(async () => {
    stop.abort();
    await running;
    await closeSharedGraph();
  });

  it('starts the local Neo4j, queues the samples on an empty graph and says where to go', () => {
    expect(io.out()).toContain(`Started Neo4j 5.26.`);
    expect(io.out()).toContain('The graph was empty: queued 13 sample articles from samples/.');
    expect(url).toBe(`http://127.0.0.1:${apiPort}/graphql`);
  });

  it('ingests the samples with a worker: the ICC warrants are there to query', async () => {
    const subjects = await waitFor('the samples to be ingested', async () => {
      const result = await graphql(
        url,
        '{ articles(first: 20, where: { status: [DONE] }) { totalCount } warrants(first: 50, where: { issuer: "court:international-criminal-court" }) { nodes { subjects { name } } } }',
      );
      const data = result.data as
        | { articles: { totalCount: number }; warrants: { nodes: Array<{ subjects: Array<{ name: string }> }> } }
        | undefined;
      if (!data || data.articles.totalCount < 13) return undefined;
      return data.warrants.nodes.flatMap((node) => node.subjects.map((subject) => subject.name));
    });
    expect(subjects).toEqual(expect.arrayContaining(['Benjamin Netanyahu', 'Yoav Gallant', 'Vladimir Putin']));
  }, 180_000);

  chromium.it(
    'serves the IDE, which runs "who issued warrants for whom" in chromium, offline',
    async () => {
      const run = await runIdeExample(url.replace(/\/graphql$/, ''), {
        expectInResult: ['International Criminal Court', 'Benjamin Netanyahu'],
      });
      expect(run.tabTitles[0]).toBe('WhoIssuedWarrantsForWhom');
      expect(run.foreignRequests).toEqual([]);
      expect(run.errors).toEqual([]);
    },
    120_000,
  );

  chromium.it(
    'serves the graph explorer, which draws the ICC and its warrants on the samples',
    async () => {
      expect(io.out()).toContain(`See the graph: http://127.0.0.1:${apiPort}/explore`);
      const explorer = await openExplorer(url.replace(/\/graphql$/, ''));
      try {
        await explorer.searchAndPick('ICC', 'International Criminal Court');
        const drawn = await explorer.graph();
        expect(drawn.nodes.filter((node) => node.typename === 'Warrant').length).toBeGreaterThanOrEqual(5);
        expect(drawn.nodes.map((node) => node.label)).toEqual(
          expect.arrayContaining(['International Criminal Court', 'Benjamin Netanyahu', 'Vladimir Putin']),
        );
        expect(explorer.foreignRequests()).toEqual([]);
        expect(explorer.errors).toEqual([]);
      } finally {
        await explorer.close();
      }
    },
    120_000,
  );

  it('stops the worker, the server and the local Neo4j it started', async () => {
    stop.abort();
    await running;
    expect(failure).toBeUndefined();
    expect(io.out()).toContain('Stopped the local Neo4j.');
    expect((await serverStatus({ home })).running).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000);
});
