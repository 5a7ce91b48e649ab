/**
 * The HTTP server and its safety rails against the real Neo4j: limits, auth, error hiding in
 * production, the mutations' contract with the injected ingestion, /health, the IDE slot and a
 * graceful shutdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer } from '../../src/api/server.js';
import type { ArticleInput } from '../../src/contracts/article-input.js';
import type { IngestService } from '../../src/contracts/ingest-service.js';
import { isNewsgraphError } from '../../src/errors.js';
import { articleIdForText } from '../../src/contracts/article-id.js';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import {
  openTestGraph,
  runSuffix,
  startTestApi,
  TEST_API_KEY,
  testPolicy,
  type TestApi,
  type Json,
} from './api-fixture.js';

const run = runSuffix('h');
const bearer = { authorization: `Bearer ${TEST_API_KEY}` };
let graph: GraphConnection;
const apis: TestApi[] = [];

/** An ingestion that records what it was given and answers from a fixed document. */
function recordingIngest(options: { delayMs?: number; fail?: Error } = {}) {
  const calls: Array<{ method: string; input: ArticleInput }> = [];
  const service: IngestService = {
    async submit(input) {
      calls.push({ method: 'submit', input });
      if (options.fail) throw options.fail;
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
      return { id: input.id, outcome: 'queued' };
    },
    async ingestNow(input) {
      calls.push({ method: 'ingestNow', input });
      const document: ExtractionDocument = {
        format: 'kg-extraction/1',
        article: { id: input.id, title: input.title, url: input.url, publishedAt: input.publishedAt, language: 'en' },
        entities: [
          { id: 'e1', type: 'Court', name: 'Sample Court', aliases: ['SC'] },
          { id: 'e2', type: 'Person', name: 'Sam Ple', aliases: [] },
        ],
        events: [
          {
            id: 'v1',
            type: 'Warrant',
            issuer: 'e1',
            subjects: ['e2'],
            status: 'issued',
            charges: ['fraud'],
            date: '2024-11',
            evidence: [{ text: input.text, start: 0, end: input.text.length }],
          },
        ],
        relations: [],
      };
      return { articleId: input.id, outcome: 'ingested', document };
    },
  };
  return { service, calls };
}

async function start(options: Parameters<typeof startTestApi>[1] = {}): Promise<TestApi> {
  const api = await startTestApi(graph, options);
  apis.push(api);
  return api;
}

beforeAll(async () => {
  graph = await openTestGraph();
});

afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  await graph.close();
});

describe('limits', () => {
  it('rejects a query nested deeper than the limit with QUERY_TOO_DEEP', async () => {
    const api = await start();
    const deep = `{ warrants { nodes { issuer { warrantsIssued { subjects { warrantsAgainst { issuer {
      warrantsIssued { subjects { warrantsAgainst { issuer { warrantsIssued { key } } } } } } } } } } } } }`;
    const result = await api.gql(deep);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 13, maxDepth: 12 });
    expect(api.counter.queries).toBe(0);
  });

  it('rejects a query whose lists multiply beyond the cost limit with QUERY_TOO_COSTLY', async () => {
    const api = await start();
    const result = await api.gql(
      `query ($n: Int) { persons(first: $n) { nodes { warrantsAgainst(first: 100) { sources(first: 100) { article { title } } } } } }`,
      { n: 100 },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 50_000 });
    expect(result.errors?.[0]?.extensions?.cost).toBeGreaterThan(50_000);
    // The same shape with small pages is fine.
    const small = await api.gql(
      `{ persons(first: 5, where: { nameContains: "${run}" }) { nodes { warrantsAgainst(first: 5) { sources(first: 5) { article { title } } } } } }`,
    );
    expect(small.errors).toBeUndefined();
  });

  it('refuses a 672-byte query of fragments spread four times over, at once and without Cypher (issue 10, finding 1)', async () => {
    const api = await start();
    let query = 'fragment F0 on Actor { name }\n';
    for (let i = 1; i <= 12; i += 1) query += `fragment F${i} on Actor { ${`...F${i - 1} `.repeat(4)}}\n`;
    query += '{ actorByName(name: "Israel") { ...F12 } }';
    const result = await api.gql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
    expect(api.counter.queries).toBe(0);
  });

  it('refuses 500 aliases of a root field that runs Cypher, before any of it runs (issue 10, finding 2)', async () => {
    const api = await start();
    const many = Array.from({ length: 500 }, (_, i) => `w${i}: warrants(first: 1) { nodes { key } }`).join(' ');
    const result = await api.gql(`{ ${many} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 50_000 });
    expect(api.counter.queries).toBe(0);
  });

  it('stops a request at API_MAX_STATEMENTS Cypher statements (issue 10, finding 2)', async () => {
    const api = await start({ policy: { maxStatements: 3 } });
    const searches = Array.from({ length: 5 }, (_, i) => `s${i}: search(query: "x${run}") { score }`).join(' ');
    const result = await api.gql(`{ ${searches} }`);
    expect(api.counter.queries).toBe(3);
    // search is non-null: the first refusal nulls the whole answer
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxStatements: 3 });
    expect(result.errors?.[0]?.message).toMatch(/more than 3 database statements/);
  });

  it('lets introspection through, however deep the IDE asks', async () => {
    const api = await start();
    const result = await api.gql(`{ __schema { types { name fields { name args { name type { name ofType { name ofType {
      name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.types.some((type: Json) => type.name === 'Warrant')).toBe(true);
  });
});

describe('auth', () => {
  const submit = `mutation ($input: ArticleInput!) { submitArticle(input: $input) { articleId outcome } }`;
  const input = {
    text: `An article about nothing ${run}.`,
    title: 'Nothing',
    url: 'https://example.org/a',
    publishedAt: '2025-01-02',
  };

  it('refuses writes without the key or with a wrong one, and takes them with it', async () => {
    const ingest = recordingIngest();
    const api = await start({ ingest: ingest.service });
    const anonymous = await api.gql(submit, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const wrong = await api.gql(submit, { input }, { authorization: 'Bearer not-the-key-at-all' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(ingest.calls).toEqual([]);

    const accepted = await api.gql(submit, { input }, bearer);
    expect(accepted.errors).toBeUndefined();
    const id = articleIdForText(input.text);
    expect(accepted.data.submitArticle).toEqual({ articleId: id, outcome: 'QUEUED' });
    expect(ingest.calls).toEqual([{ method: 'submit', input: { ...input, id } }]);
  });

  it('disables writes on a server without API_KEY', async () => {
    const api = await start({ ingest: recordingIngest().service, policy: { apiKey: undefined } });
    const result = await api.gql(submit, { input }, bearer);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('API_KEY'),
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('closes reads with API_READS=key, and refuses that setting without a key', async () => {
    const api = await start({ policy: { readsNeedKey: true } });
    const anonymous = await api.gql(`{ health { status } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const allowed = await api.gql(`{ health { status } }`, {}, bearer);
    expect(allowed.data.health.status).toBe('ok');

    await expect(
      createApiServer({
        config: { env: 'test', apiPolicy: testPolicy({ readsNeedKey: true, apiKey: undefined }) },
        graph,
      }),
    ).rejects.toSatisfy((error) => isNewsgraphError(error, 'CONFIG_INVALID'));
  });
});

describe('mutations', () => {
  it('checks the article before ingestion sees it', async () => {
    const ingest = recordingIngest();
    const api = await start({ ingest: ingest.service });
    const ask = (input: Record<string, unknown>) =>
      api.gql(`mutation ($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }`, { input }, bearer);
    for (const bad of [
      { text: '   ' },
      { text: 'x', url: 'javascript:alert(1)' },
      { text: 'x', id: 'a'.repeat(513) },
      { text: 'x', publishedAt: '2025-02-30' },
      { text: 'x'.repeat(1024 * 1024 + 1) },
    ]) {
      const result = await ask(bad);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(bad).slice(0, 60)).toBe('BAD_USER_INPUT');
    }
    expect(ingest.calls).toEqual([]);
  });

  it('returns what ingestion found', async () => {
    const ingest = recordingIngest();
    const api = await start({ ingest: ingest.service });
    const result = await api.gql(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
        articleId outcome article { id }
        entities { type name aliases }
        events { type date status charges mode actors { role name type } evidence { start end } }
      } }`,
      { input: { id: `${run}-ingest`, text: 'Sample Court issued a warrant for Sam Ple.' } },
      bearer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle).toEqual({
      articleId: `${run}-ingest`,
      outcome: 'INGESTED',
      article: null, // this stand-in service writes nothing
      entities: [
        { type: 'COURT', name: 'Sample Court', aliases: ['SC'] },
        { type: 'PERSON', name: 'Sam Ple', aliases: [] },
      ],
      events: [
        {
          type: 'WARRANT',
          date: '2024-11',
          status: 'ISSUED',
          charges: ['fraud'],
          mode: null,
          actors: [
            { role: 'ISSUER', name: 'Sample Court', type: 'COURT' },
            { role: 'SUBJECT', name: 'Sam Ple', type: 'PERSON' },
          ],
          evidence: [{ start: 0, end: 42 }],
        },
      ],
    });
  });
});

describe('errors', () => {
  const secret = new Error('Neo.ClientError.Statement.SyntaxError at bolt://10.0.0.7:7687 near MATCH (n:Secret)');
  const submit = `mutation { submitArticle(input: { text: "x" }) { articleId } }`;

  it('hides internals in production', async () => {
    const api = await start({ env: 'production', ingest: recordingIngest({ fail: secret }).service });
    const result = await api.gql(submit, {}, bearer);
    expect(result.errors).toEqual([
      {
        message: 'Internal server error.',
        locations: expect.any(Array),
        path: ['submitArticle'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/bolt|Secret|stack/i);
    // Client errors keep their message in production: it is written for the client.
    const bad = await api.gql(`{ node(id: "bad id") { id } }`);
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Malformed id'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(bad.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('shows them in development, where someone debugs the server', async () => {
    const api = await start({ env: 'development', ingest: recordingIngest({ fail: secret }).service });
    const result = await api.gql(submit, {}, bearer);
    expect(result.errors?.[0]?.message).toBe(secret.message);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0]?.extensions?.stacktrace).toBeDefined();
  });
});

describe('http', () => {
  it('answers /health with the database it reads', async () => {
    const api = await start();
    const response = await fetch(api.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      neo4jVersion: expect.stringMatching(/^5\./),
      neo4jEdition: expect.any(String),
      database: graph.database,
    });
  });

  it('gives browsers the IDE when one is plugged in, and a plain page otherwise', async () => {
    const plain = await start();
    const page = await fetch(plain.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('newsgraph GraphQL API');

    const asked: string[] = [];
    const withIde = await start({
      ide: (req, res) => {
        asked.push(`${req.method} ${req.url}`);
        const url = req.url ?? '';
        if (!((url === '/graphql' && (req.headers.accept ?? '').includes('text/html')) || url.startsWith('/ide/'))) {
          return false;
        }
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(url.startsWith('/ide/') ? 'asset' : '<title>IDE</title>');
        return true;
      },
    });
    const ide = await fetch(withIde.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(await ide.text()).toBe('<title>IDE</title>');
    const asset = await fetch(withIde.url.replace('/graphql', '/ide/main.js'));
    expect(await asset.text()).toBe('asset');
    // The IDE passes on API requests, which the API then answers.
    const post = await withIde.gql('{ health { status } }');
    expect(post.data).toEqual({ health: { status: 'ok' } });
    expect(asked).toContain('POST /graphql');
    // GraphQL over GET still works for clients that send a query.
    const get = await fetch(`${withIde.url}?query=${encodeURIComponent('{ health { status } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('sends a GraphQL answer with its length in bytes, not in chunked encoding', async () => {
    const api = await start();
    // An error message quoting a non-ASCII variable value: more bytes than characters.
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($n: Int) { persons(first: $n) { totalCount } }',
        variables: { n: 'naïve' },
      }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.toString()).toContain('naïve');
    expect(response.headers.get('transfer-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBe(String(body.length));
  });

  it('answers malformed requests, other paths and CORS preflights', async () => {
    const api = await start();
    const broken = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const elsewhere = await fetch(api.url.replace('/graphql', '/nothing'));
    expect(elsewhere.status).toBe(404);
    const preflight = await fetch(api.url, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const syntax = await api.gql('{ warrants { ');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('finishes requests in flight when closing, and takes no new ones', async () => {
    const api = await start({ ingest: recordingIngest({ delayMs: 400 }).service });
    const inFlight = api.gql(`mutation { submitArticle(input: { text: "slow" }) { outcome } }`, {}, bearer);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = api.close();
    expect((await inFlight).data).toEqual({ submitArticle: { outcome: 'QUEUED' } });
    await closed;
    await expect(fetch(api.url.replace('/graphql', '/health'))).rejects.toThrow();
  });
});
