/**
 * What the API's integration tests share: fictional articles written into the shared test
 * database through the real graph writer (every name and id carries the file's own suffix,
 * so the tests read only their own nodes and delete only them), an API server on a free port,
 * a GraphQL client, and a driver wrapper that counts Cypher round trips.
 */
import type { Driver, Session } from 'neo4j-driver';
import { createApiServer, type ApiServer, type ApiServerOptions } from '../../src/api/server.js';
import type { Config } from '../../src/config.js';
import type {
  Entity,
  EntityType,
  Evidence,
  ExtractedEvent,
  ExtractionDocument,
  HoldsRoleRelation,
} from '../../src/contracts/extraction-document.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { withdrawArticleContributions, writeArticleContributions } from '../../src/graph/write-article.js';
import { connectTestGraph } from '../setup/test-neo4j.js';

/** GraphQL responses are untyped JSON; the tests read them as such. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const TEST_API_KEY = 'test-api-key-0123456789';

export function testPolicy(overrides: Partial<Config['apiPolicy']> = {}): Config['apiPolicy'] {
  return {
    apiKey: TEST_API_KEY,
    readsNeedKey: false,
    maxDepth: 12,
    maxCost: 50_000,
    maxStatements: 200,
    neo4jTimeoutMs: 1_000,
    queryTimeoutMs: 15_000,
    ...overrides,
  };
}

/** A suffix for one test file: lower-case, so that keys (slugs of names) contain it as it is. */
export function runSuffix(tag: string): string {
  return `${tag}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export interface Counter {
  /** Statements sent: executeQuery calls and runs of an auto-commit session. */
  queries: number;
  statements: string[];
  sessions: number;
  /** Explicit and managed transactions begun on a session: the API should begin none. */
  transactions: number;
}

/**
 * The same connection with a driver that counts the statements sent (executeQuery, or run on
 * a session: the API's ways to Neo4j), the sessions opened and the transactions begun on them.
 */
export function countingGraph(graph: GraphConnection): { graph: GraphConnection; counter: Counter } {
  const counter: Counter = { queries: 0, statements: [], sessions: 0, transactions: 0 };
  const count = (query: unknown): void => {
    counter.queries += 1;
    counter.statements.push(
      typeof query === 'object' && query !== null && 'text' in query ? String(query.text) : String(query),
    );
  };
  const countingSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'run') {
          return (...args: Parameters<Session['run']>) => {
            count(args[0]);
            return target.run(...args);
          };
        }
        if (property === 'beginTransaction' || property === 'executeRead' || property === 'executeWrite') {
          counter.transactions += 1;
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const driver = new Proxy(graph.driver, {
    get(target, property) {
      if (property === 'executeQuery') {
        return (...args: Parameters<Driver['executeQuery']>) => {
          count(args[0]);
          return target.executeQuery(...args);
        };
      }
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          counter.sessions += 1;
          return countingSession(target.session(...args));
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { graph: { ...graph, driver }, counter };
}

export interface TestApi {
  url: string;
  server: ApiServer;
  counter: Counter;
  gql<T = Json>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
}

export async function startTestApi(
  graph: GraphConnection,
  options: Partial<Omit<ApiServerOptions, 'graph' | 'config'>> & {
    env?: Config['env'];
    policy?: Partial<Config['apiPolicy']>;
    subscriptions?: Config['subscriptions'];
  } = {},
): Promise<TestApi> {
  const counting = countingGraph(graph);
  const { env, policy, subscriptions, ...rest } = options;
  const server = await createApiServer({
    config: { env: env ?? 'test', apiPolicy: testPolicy(policy), ...(subscriptions ? { subscriptions } : {}) },
    graph: counting.graph,
    ...rest,
  });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    server,
    counter: counting.counter,
    gql: async (query, variables, headers) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: Json; errors?: GqlResult<unknown>['errors'] };
      return { status: response.status, data: body.data, ...(body.errors ? { errors: body.errors } : {}) };
    },
    close: () => server.close(),
  };
}

/** The test database with the graph schema applied. */
export async function openTestGraph(): Promise<GraphConnection> {
  const graph = await connectTestGraph();
  await applySchema(graph);
  return graph;
}

/** Deletes every node this run created: articles whose id starts with the suffix, nodes whose key contains it. */
export async function deleteRun(graph: GraphConnection, run: string): Promise<void> {
  await graph.driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $run OR n.key CONTAINS $run DETACH DELETE n',
    { run },
    { database: graph.database },
  );
}

export type EntitySpec = [handle: string, type: EntityType, name: string, aliases?: string[]];

/** Builds and writes one article: entities by handle, names suffixed with the run. */
export class ArticleWriter {
  #count = 0;
  constructor(
    private readonly graph: GraphConnection,
    readonly run: string,
  ) {}

  name(name: string): string {
    return `${name}${this.run}`;
  }

  async write(options: {
    label: string;
    publishedAt: string | null;
    title?: string;
    text?: string;
    entities: EntitySpec[];
    events?: ExtractedEvent[];
    relations?: HoldsRoleRelation[];
  }): Promise<string> {
    this.#count += 1;
    const id = `${this.run}-${options.label}-${this.#count}`;
    const text = options.text ?? `A sentence we made up for ${options.label}.`;
    const sentence: Evidence = { text, start: 0, end: text.length };
    const document: ExtractionDocument = {
      format: 'kg-extraction/1',
      article: { id, title: options.title ?? null, url: null, publishedAt: options.publishedAt, language: 'en' },
      entities: options.entities.map(([handle, type, name, aliases]): Entity => ({
        id: handle,
        type,
        name: this.name(name),
        aliases: (aliases ?? []).map((alias) => this.name(alias)),
      })),
      events: (options.events ?? []).map((event) => ({
        ...event,
        evidence: event.evidence.length > 0 ? event.evidence : [sentence],
      })),
      relations: (options.relations ?? []).map((relation) => ({
        ...relation,
        evidence: relation.evidence.length > 0 ? relation.evidence : [sentence],
      })),
    };
    const session = this.graph.driver.session({ database: this.graph.database });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(
          `MERGE (a:Article {id: $id})
           SET a.title = $title, a.text = $text, a.status = 'done', a.ingestedAt = datetime(),
               a.publishedAt = CASE WHEN $publishedAt IS NULL THEN null ELSE date($publishedAt) END`,
          { id, title: options.title ?? `Article ${options.label}`, text, publishedAt: options.publishedAt },
        );
        await writeArticleContributions(tx, document.article, document, { extractorVersion: 'test' });
      });
    } finally {
      await session.close();
    }
    return id;
  }
}

export function warrant(
  issuer: string | null,
  subjects: string[],
  options: { status?: 'issued' | 'requested'; date?: string | null; charges?: string[] } = {},
): ExtractedEvent {
  return {
    id: 'w',
    type: 'Warrant',
    issuer,
    subjects,
    status: options.status ?? 'issued',
    date: options.date ?? null,
    charges: options.charges ?? ['war crimes'],
    evidence: [],
  };
}

export function strike(
  perpetrators: string[],
  targets: string[],
  locations: string[],
  date: string | null,
  killed: string[] = [],
): ExtractedEvent {
  return { id: 's', type: 'Strike', perpetrators, targets, locations, killed, date, evidence: [] };
}

export function meeting(participants: string[], date: string | null, locations: string[] = []): ExtractedEvent {
  return {
    id: 'm',
    type: 'Meeting',
    participants,
    locations,
    mode: 'phone_call',
    topic: 'a ceasefire',
    date,
    evidence: [],
  };
}

export function role(from: string, to: string, name: string): HoldsRoleRelation {
  return { type: 'HOLDS_ROLE', from, to, role: name, evidence: [] };
}

/** Withdraws what these articles contributed (they name actors other tests share) and deletes them. */
export async function withdrawArticles(graph: GraphConnection, ids: string[]): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const id of ids) await session.executeWrite((tx) => withdrawArticleContributions(tx, id));
  } finally {
    await session.close();
  }
  await graph.driver.executeQuery(
    'MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a',
    { ids },
    { database: graph.database },
  );
}
