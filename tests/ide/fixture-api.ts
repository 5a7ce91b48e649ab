/**
 * A stand-in for the API server, for the IDE's browser test: node:http with the IDE handler first
 * (as the real server calls it) and real GraphQL execution on POST /graphql, over the real SDL of
 * schema/*.graphql with three warrants held in memory. Point runIdeExample() at the real server
 * instead and the same test runs end to end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { createIdeHandler } from '../../src/ide/index.js';
import { projectRoot } from '../../src/project-root.js';

export interface FixtureApi {
  baseUrl: string;
  /** Every GraphQL request received, in order: its operation name and request headers. */
  received: { operationName: string | undefined; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
}

/** The whole SDL, every file of schema/ in name order, as the API serves it. */
export function loadProjectSchema(): GraphQLSchema {
  const dir = join(projectRoot(), 'schema');
  const sdl = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
  return buildSchema(sdl);
}

const icc = {
  __typename: 'Court',
  id: 'Q291cnQ6Y291cnQ6aW50ZXJuYXRpb25hbC1jcmltaW5hbC1jb3VydA==',
  key: 'court:international-criminal-court',
  type: 'COURT',
  name: 'International Criminal Court',
  aliases: ['ICC'],
};

const article = {
  title: 'ICC issues arrest warrants for Netanyahu, Gallant and Deif',
  url: 'https://news.example/icc-warrants',
};

function warrant(subject: string, sentence: string) {
  const slug = subject.toLowerCase().replace(/ /g, '-');
  return {
    id: Buffer.from(`Warrant:warrant:court:international-criminal-court:against:person:${slug}`).toString('base64'),
    key: `warrant:court:international-criminal-court:against:person:${slug}`,
    type: 'WARRANT',
    status: 'ISSUED',
    date: { value: '2024-11-21', precision: 'DAY', from: '2024-11-21', to: '2024-11-21' },
    charges: ['crimes against humanity', 'war crimes'],
    reportCount: 1,
    issuer: icc,
    subjects: [{ __typename: 'Person', key: `person:${slug}`, type: 'PERSON', name: subject, aliases: [] }],
    sources: [{ article, evidence: [{ text: sentence, start: 0, end: sentence.length }] }],
  };
}

/** What the first example must show: who issued warrants for whom. */
export const FIXTURE_WARRANTS = [
  warrant('Benjamin Netanyahu', 'The ICC issued arrest warrants for Benjamin Netanyahu and Yoav Gallant.'),
  warrant('Yoav Gallant', 'The ICC issued arrest warrants for Benjamin Netanyahu and Yoav Gallant.'),
  warrant('Mohammed Deif', 'A warrant was also issued for Mohammed Deif.'),
];

const rootValue = {
  warrants: () => ({
    nodes: FIXTURE_WARRANTS,
    edges: FIXTURE_WARRANTS.map((node, index) => ({ cursor: String(index), node })),
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: '0', endCursor: '2' },
    totalCount: FIXTURE_WARRANTS.length,
  }),
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
  res.end(bytes);
}

export async function startFixtureApi(assetsDir: string): Promise<FixtureApi> {
  const schema = loadProjectSchema();
  const ide = createIdeHandler({ assetsDir });
  const received: FixtureApi['received'] = [];

  const execute = async (req: IncomingMessage, res: ServerResponse) => {
    const { query, variables, operationName } = JSON.parse(await readBody(req));
    received.push({ operationName, headers: req.headers });
    sendJson(res, 200, await graphql({ schema, source: query, variableValues: variables, operationName, rootValue }));
  };

  const server = createServer((req, res) => {
    if (ide(req, res)) return;
    if (req.method === 'POST' && req.url === '/graphql') {
      execute(req, res).catch((error: unknown) => sendJson(res, 400, { errors: [{ message: String(error) }] }));
      return;
    }
    sendJson(res, 404, { errors: [{ message: `no route for ${req.method} ${req.url}` }] });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
