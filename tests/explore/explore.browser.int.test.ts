/**
 * The graph explorer in Chromium, over the sample articles as the real extractor and writer put
 * them into the real Neo4j, served by the real API server: searching "ICC" draws the court with its
 * warrants and their subjects; clicking a warrant shows its date, status and source sentences with
 * a link to the article; clicking an actor expands it; the path mode draws the chain from the
 * prosecutor to a suspect; and nothing is ever asked of another origin. Screenshots go to
 * test-results/explore/ (git-ignored), for a person to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createExploreHandler, defaultExploreAssetsDir } from '../../src/explore/index.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { projectRoot } from '../../src/project-root.js';
import { openTestGraph, runSuffix, startTestApi, type TestApi } from '../api/api-fixture.js';
import { ingestSamples, removeArticles } from '../api/samples-fixture.js';
import { requires } from '../setup/needs.js';
import { openExplorer, type DrawnGraph, type Explorer } from './drive-explorer.js';

const SCREENSHOTS = join(projectRoot(), 'test-results', 'explore');
const chromium = requires('chromium');

function named(graph: DrawnGraph, label: string) {
  const node = graph.nodes.find((candidate) => candidate.label === label);
  if (!node) throw new Error(`${label} is not drawn; drawn: ${graph.nodes.map((n) => n.label).join(' | ')}`);
  return node;
}

/** The labels of the nodes at the other end of `type` edges leaving `from`. */
function targets(graph: DrawnGraph, from: string, type: string): string[] {
  const ids = graph.edges.filter((edge) => edge.source === from && edge.type === type).map((edge) => edge.target);
  return graph.nodes.filter((node) => ids.includes(node.id)).map((node) => node.label);
}

chromium.describe('the graph explorer in chromium, on the samples', () => {
  const run = runSuffix('explore');
  let graph: GraphConnection;
  let api: TestApi;
  let explorer: Explorer;

  beforeAll(async () => {
    const assetsDir = defaultExploreAssetsDir();
    if (!existsSync(join(assetsDir, 'manifest.json')))
      throw new Error(`no explorer bundle in ${assetsDir}: npm run build`);
    graph = await openTestGraph();
    await ingestSamples(graph, run);
    api = await startTestApi(graph, { explore: createExploreHandler({ assetsDir }) });
    mkdirSync(SCREENSHOTS, { recursive: true });
    explorer = await openExplorer(api.url.replace(/\/graphql$/, ''));
  });

  afterAll(async () => {
    await explorer?.close();
    await api?.close();
    await removeArticles(graph, run);
    await graph?.close();
  });

  it('draws the ICC with its warrants and their subjects when "ICC" is searched and picked', async () => {
    await explorer.searchAndPick('ICC', 'International Criminal Court');
    const drawn = await explorer.graph();
    const court = named(drawn, 'International Criminal Court');
    expect(court.typename).toBe('Court');

    const warrants = drawn.nodes.filter(
      (node) => node.typename === 'Warrant' && targets(drawn, court.id, 'ISSUED').includes(node.label),
    );
    expect(warrants.length).toBeGreaterThanOrEqual(5);
    const subjects = warrants.flatMap((warrant) => targets(drawn, warrant.id, 'AGAINST'));
    expect(subjects).toEqual(
      expect.arrayContaining(['Benjamin Netanyahu', 'Yoav Gallant', 'Mohammed Deif', 'Vladimir Putin']),
    );
    expect(drawn.edges.filter((edge) => edge.type === 'ISSUED').map((edge) => edge.label)).toContain('issued');
    // The court's own details are shown: who works there, with the sentence that says so.
    expect(await explorer.details()).toContain('Karim Khan');
    await explorer.page.screenshot({ path: join(SCREENSHOTS, 'icc.png') });
  }, 120_000);

  it("shows a warrant's date, status and source sentences, with a link to the article", async () => {
    const drawn = await explorer.graph();
    const netanyahu = named(drawn, 'Benjamin Netanyahu');
    const warrant = drawn.edges.find((edge) => edge.target === netanyahu.id && edge.type === 'AGAINST');
    if (!warrant) throw new Error('no warrant against Netanyahu is drawn');
    await explorer.clickNode(warrant.source);
    const details = await explorer.details();
    expect(details).toContain('21 Nov 2024');
    expect(details).toMatch(/Status\s+issued/);
    expect(details).toContain('issued arrest warrants for Israeli Prime Minister Benjamin Netanyahu');
    const link = explorer.page.locator('.details a', { hasText: 'ICC issues arrest warrants for Netanyahu' }).first();
    expect(await link.getAttribute('href')).toBe('https://example.org/newsgraph-samples/01-icc-warrants');
    await explorer.page.screenshot({ path: join(SCREENSHOTS, 'warrant.png') });
  }, 120_000);

  it('adds the neighbours of an actor clicked on the graph', async () => {
    const before = await explorer.graph();
    await explorer.clickNode(named(before, 'Benjamin Netanyahu').id);
    const after = await explorer.graph();
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    // Every node drawn before is still there, and Netanyahu's office joined them.
    expect(after.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(before.nodes.map((node) => node.id)));
    const netanyahu = named(after, 'Benjamin Netanyahu');
    expect(targets(after, netanyahu.id, 'HOLDS_ROLE')).toContain('Israel');
    await explorer.page.screenshot({ path: join(SCREENSHOTS, 'expanded.png') });
  }, 120_000);

  it('draws the path from the prosecutor to a suspect in path mode', async () => {
    await explorer.mode('Path between two');
    await explorer.searchAndPick('Karim', 'Karim Khan', 'from');
    await explorer.searchAndPick('Netanyahu', 'Benjamin Netanyahu', 'to');
    const drawn = await explorer.graph();
    expect(drawn.nodes.map((node) => node.label.split('\n')[0])).toEqual([
      'Karim Khan',
      'International Criminal Court',
      'Arrest warrant',
      'Benjamin Netanyahu',
    ]);
    expect(drawn.edges.map((edge) => edge.type)).toEqual(['HOLDS_ROLE', 'ISSUED', 'AGAINST']);
    expect(await explorer.details()).toContain('Karim Khan → Benjamin Netanyahu');
    await explorer.page.screenshot({ path: join(SCREENSHOTS, 'path.png') });

    // Everything, from the first page load on, came from the API server's own origin.
    expect(explorer.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(explorer.foreignRequests()).toEqual([]);
    expect(explorer.errors).toEqual([]);
  }, 120_000);
});
