/**
 * The example app, built by `npm run build` (type-checked against the generated client), run as
 * a downstream program against a real API server: it lists the warrants already in the graph,
 * then prints the one written while it watches, and exits.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import { projectRoot } from '../../src/project-root.js';
import {
  ArticleWriter,
  deleteRun,
  openTestGraph,
  runSuffix,
  startTestApi,
  warrant,
  type TestApi,
} from '../api/api-fixture.js';
import { scrape } from '../metrics/scrape.js';

const run = runSuffix('ww');
const n = (name: string): string => `${name}${run}`;
let graph: GraphConnection;
let api: TestApi;
let writer: ArticleWriter;
const court: [string, 'Court', string] = ['c', 'Court', 'Harrow Tribunal'];

beforeAll(async () => {
  graph = await openTestGraph();
  writer = new ArticleWriter(graph, run);
  await writer.write({
    label: 'old',
    publishedAt: '2024-10-01',
    title: 'An earlier warrant',
    entities: [court, ['s', 'Person', 'Ivo Lark']],
    events: [warrant('c', ['s'], { date: '2024-09-30', charges: ['pillage'] })],
  });
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

describe('examples/warrant-watch', () => {
  it('lists who issued warrants for whom, then prints a new warrant live', async () => {
    const issuer = `court:${n('Harrow Tribunal').toLowerCase().replace(/ /g, '-')}`;
    const child = spawn(
      process.execPath,
      [join(projectRoot(), 'examples', 'warrant-watch', 'dist', 'main.js')].concat([
        '--url',
        api.url,
        '--issuer',
        issuer,
        '--exit-after',
        '1',
      ]),
      { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
    const exited = once(child, 'exit');

    const started = Date.now();
    while (!lines.some((line) => line.startsWith('1 warrant. Watching'))) {
      expect(Date.now() - started, `${lines.join('\n')}\n${stderr}`).toBeLessThan(30_000);
      await sleep(50);
    }
    const subscribed = async () =>
      (await scrape(api.url.replace(/\/graphql$/, '/metrics'))).value('newsgraph_subscriptions_active', {
        field: 'eventAdded',
      }) === 1;
    while (!(await subscribed())) {
      expect(Date.now() - started, `no active subscription\n${lines.join('\n')}\n${stderr}`).toBeLessThan(40_000);
      await sleep(50);
    }

    await writer.write({
      label: 'new',
      publishedAt: '2025-01-10',
      title: 'A new warrant',
      text: 'The Harrow Tribunal issued a warrant for Mara Quen.',
      entities: [court, ['s', 'Person', 'Mara Quen']],
      events: [warrant('c', ['s'], { date: '2025-01-09', charges: ['torture'] })],
    });
    const [code] = (await exited) as [number | null];
    expect(code, stderr).toBe(0);
    expect(lines).toEqual([
      `${n('Harrow Tribunal')} → ${n('Ivo Lark')} (ISSUED; 2024-09-30; pillage)`,
      '1 warrant. Watching for new ones (Ctrl-C to stop)…',
      `new warrant: ${n('Harrow Tribunal')} → ${n('Mara Quen')} (ISSUED; 2025-01-09; torture) — A new warrant: ` +
        '"The Harrow Tribunal issued a warrant for Mara Quen."',
    ]);
  });
});
