import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultIdeAssetsDir, IDE_TITLE } from '../../src/ide/index.js';
import { ideExamples } from '../../web/ide/examples.js';
import { FIXTURE_WARRANTS, startFixtureApi, type FixtureApi } from './fixture-api.js';
import { requires } from '../setup/needs.js';
import { runIdeExample } from './run-ide-example.js';

/** Operation names: GraphiQL titles each tab with the name of its operation. */
const exampleOperationNames = ideExamples.map(({ query }) => /\bquery\s+(\w+)/.exec(query)?.[1]);

requires('chromium').describe('the GraphiQL IDE in chromium', () => {
  let api: FixtureApi;

  beforeAll(async () => {
    const assetsDir = defaultIdeAssetsDir();
    if (!existsSync(`${assetsDir}/manifest.json`))
      throw new Error(`no IDE bundle in ${assetsDir}: run \`npm run build\``);
    api = await startFixtureApi(assetsDir);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('opens with the examples, runs "who issued warrants for whom" and shows the result, offline', async () => {
    const run = await runIdeExample(api.baseUrl, {
      expectInResult: ['International Criminal Court', 'Benjamin Netanyahu', 'Yoav Gallant', 'Mohammed Deif'],
      headers: { authorization: 'Bearer ide-test-key' },
    });

    expect(run.title).toBe(IDE_TITLE);
    expect(run.tabTitles).toEqual(exampleOperationNames);
    expect(run.query).toBe(ideExamples[0]?.query);
    // The link to the graph explorer, relative like the page's own assets.
    expect(run.exploreLink).toBe('explore');

    // The result pane holds what the server executed, in full.
    const result = run.result as { data: { warrants: { totalCount: number; nodes: unknown[] } }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data.warrants.totalCount).toBe(FIXTURE_WARRANTS.length);
    expect(result.data.warrants.nodes).toEqual(
      FIXTURE_WARRANTS.map((warrant) => ({
        issuer: { type: 'COURT', name: 'International Criminal Court' },
        subjects: warrant.subjects.map(({ name }) => ({ name })),
        status: 'ISSUED',
        date: { value: '2024-11-21' },
        charges: warrant.charges,
        sources: warrant.sources.map(({ article, evidence }) => ({
          article,
          evidence: evidence.map(({ text }) => ({ text })),
        })),
      })),
    );

    // The example went to the server with the header typed into the headers editor (the API key).
    const sent = api.received.find(({ operationName }) => operationName === 'WhoIssuedWarrantsForWhom');
    expect(sent?.headers.authorization).toBe('Bearer ide-test-key');

    // Monaco's language workers came from the bundle, from this server, and work: the GraphQL
    // worker validated a typed operation against the served schema.
    expect(run.validationMessages).toContainEqual(
      expect.stringContaining('Cannot query field "noSuchField" on type "Query"'),
    );
    expect(run.workers.some((url) => /\/ide\/graphql\.worker-\w+\.js$/.test(url))).toBe(true);
    expect(run.workers.every((url) => url.startsWith(`${api.baseUrl}/ide/`))).toBe(true);

    // Everything was loaded from the test server: the page, its assets, the workers and the queries.
    expect(run.requests).toContain(`${api.baseUrl}/graphql`);
    expect(run.requests.some((url) => /\/ide\/main-\w+\.js$/.test(url))).toBe(true);
    expect(run.foreignRequests).toEqual([]);
    expect(run.errors).toEqual([]);

    console.log(
      `[ide] editor ready in ${run.timings.editorReadyMs} ms, result in ${run.timings.resultMs} ms; ` +
        `${run.requests.length} requests, workers: ${run.workers.map((url) => url.split('/').pop()).join(', ')}`,
    );
  });
});
