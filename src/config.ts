/**
 * The one place that reads the environment. Every variable is declared once below, with
 * its default and its check; loadConfig() validates them all and reports every bad value
 * by name, so a typo stops start-up with a message instead of a confusing failure later.
 */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { NewsgraphError } from './errors.js';
import { projectRoot } from './project-root.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const API_READ_MODES = ['open', 'key'] as const;

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const positiveInt = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be positive');
const memorySize = z
  .string()
  .trim()
  .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');
const neo4jUri = z
  .string()
  .trim()
  .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must be a Bolt URI such as bolt://localhost:7687 or neo4j+s://host');

interface VariableSpec {
  description: string;
  /** Shown in the README table; undefined means "unset unless given". */
  defaultValue: () => string | undefined;
  schema: z.ZodType;
}

/** Every environment variable newsgraph reads, in the order the README lists them. */
export const CONFIG_VARIABLES = {
  NEO4J_URI: {
    description: 'Bolt URI of the Neo4j server to use. Unset: newsgraph runs its own local server (see NEO4J_LOCAL_*).',
    defaultValue: () => undefined,
    schema: neo4jUri.optional(),
  },
  NEO4J_USER: { description: 'Neo4j user name.', defaultValue: () => 'neo4j', schema: nonEmpty },
  NEO4J_PASSWORD: {
    description: 'Neo4j password (the local server runs without auth and accepts any).',
    defaultValue: () => 'newsgraph',
    schema: nonEmpty,
  },
  NEO4J_DATABASE: { description: 'Neo4j database name.', defaultValue: () => 'neo4j', schema: nonEmpty },
  HOST: { description: 'Interface the GraphQL server listens on.', defaultValue: () => '127.0.0.1', schema: nonEmpty },
  PORT: { description: 'Port of the GraphQL server.', defaultValue: () => '4000', schema: port },
  LOG_LEVEL: {
    description: `Log level: ${LOG_LEVELS.join(', ')}.`,
    defaultValue: () => 'info',
    schema: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  },
  NODE_ENV: {
    description: 'development, production or test; production hides error internals from API clients.',
    defaultValue: () => 'development',
    schema: z.enum(NODE_ENVS, { error: `must be one of ${NODE_ENVS.join(', ')}` }),
  },
  NEO4J_LOCAL_HOME: {
    description:
      'Folder of the local Neo4j server: its config, data and logs (a relative path is taken from the working directory).',
    defaultValue: () => join(projectRoot(), '.neo4j', 'server'),
    // Absolute, because `stop` finds its server by the --home-dir it was started with.
    schema: nonEmpty.transform((home) => resolve(home)),
  },
  NEO4J_LOCAL_BOLT_PORT: {
    description: 'Bolt port of the local Neo4j server (bound to 127.0.0.1).',
    defaultValue: () => '7687',
    schema: port,
  },
  NEO4J_LOCAL_HEAP: {
    description: 'JVM heap of the local Neo4j server.',
    defaultValue: () => '1g',
    schema: memorySize,
  },
  NEO4J_LOCAL_PAGECACHE: {
    description: 'Page cache of the local Neo4j server.',
    defaultValue: () => '512m',
    schema: memorySize,
  },
  NEO4J_LOCAL_START_TIMEOUT_MS: {
    description: 'How long `neo4j start` waits for the local server to answer a query.',
    defaultValue: () => '120000',
    schema: z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number')
      .min(1, 'must be positive'),
  },
  API_KEY: {
    description:
      'Key that API writes need (`Authorization: Bearer <key>`), at least 16 characters. Unset: writes are disabled.',
    defaultValue: () => undefined,
    schema: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  },
  API_READS: {
    description: 'open (anyone may query) or key (queries need API_KEY too).',
    defaultValue: () => 'open',
    schema: z.enum(API_READ_MODES, { error: `must be one of ${API_READ_MODES.join(', ')}` }),
  },
  API_MAX_DEPTH: {
    description: 'Deepest field nesting a GraphQL query may have.',
    defaultValue: () => '12',
    schema: positiveInt,
  },
  API_MAX_COST: {
    description:
      'Highest estimated cost a GraphQL query may have, about its server time (src/api/query-cost.ts: an object field 1, a leaf 0.1, a Cypher statement of its own 400, lists times their `first`).',
    defaultValue: () => '50000',
    schema: positiveInt,
  },
  API_MAX_STATEMENTS: {
    description: 'Most Cypher statements one GraphQL request may run; past it the request fails with QUERY_TOO_COSTLY.',
    defaultValue: () => '200',
    schema: positiveInt,
  },
  API_NEO4J_TIMEOUT_MS: {
    description:
      'How long an API request waits to connect to Neo4j before SERVICE_UNAVAILABLE, and /health before 503 (a free connection of a busy pool is waited for up to API_QUERY_TIMEOUT_MS).',
    defaultValue: () => '1000',
    schema: positiveInt,
  },
  API_NEO4J_MAX_CONNECTIONS: {
    description:
      'Most Neo4j connections the API uses at once; further reads wait for a free one (up to API_QUERY_TIMEOUT_MS). Neo4j answers a few concurrent reads per core best: many more only interleave them and stretch the slowest.',
    defaultValue: () => '32',
    schema: positiveInt,
  },
  API_QUERY_TIMEOUT_MS: {
    description: 'Neo4j transaction timeout of each API read, in milliseconds.',
    defaultValue: () => '10000',
    schema: positiveInt,
  },
  API_WS_MAX_CONNECTIONS: {
    description:
      'Most WebSocket connections (for subscriptions) the API keeps open at once; more are refused with 503.',
    defaultValue: () => '1000',
    schema: positiveInt,
  },
  API_WS_MAX_SUBSCRIPTIONS: {
    description: 'Most subscriptions one WebSocket connection may run at once.',
    defaultValue: () => '20',
    schema: positiveInt,
  },
  FEED_POLL_INTERVAL_MS: {
    description:
      'How often the change feed behind subscriptions reads the graph while anyone subscribes, in milliseconds.',
    defaultValue: () => '500',
    schema: positiveInt,
  },
  FEED_OVERLAP_MS: {
    description:
      'How far each feed read reaches back before the previous one: the longest a write transaction may take from its report to its commit and still be delivered.',
    defaultValue: () => '10000',
    schema: positiveInt,
  },
} satisfies Record<string, VariableSpec>;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** How long callers wait for the database; the driver's patient defaults when absent. */
  timeouts?: Neo4jTimeouts;
  /** Most connections the driver opens at once; the driver's default (100) when absent. */
  maxConnections?: number;
}

export interface Neo4jTimeouts {
  /** To open a connection (TCP and Bolt handshake). */
  connectMs: number;
  /** To get a connection from the pool, opening one included. */
  acquireMs: number;
  /** How long the driver retries a transaction after a connection or transient error. */
  retryMs: number;
}

export interface LocalNeo4jConfig {
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

export interface Config {
  env: (typeof NODE_ENVS)[number];
  logLevel: (typeof LOG_LEVELS)[number];
  neo4j: Neo4jConnectionConfig;
  /** The same database for the API: requests a client waits for fail fast while it is down. */
  apiNeo4j: Neo4jConnectionConfig;
  /** True when NEO4J_URI was unset: the graph lives on the local server newsgraph manages. */
  usesLocalNeo4j: boolean;
  localNeo4j: LocalNeo4jConfig;
  api: { host: string; port: number };
  /** Access rules and limits of the GraphQL API. */
  apiPolicy: {
    /** Writes need this key; undefined disables them. */
    apiKey: string | undefined;
    /** True when queries need the key too (API_READS=key). */
    readsNeedKey: boolean;
    maxDepth: number;
    maxCost: number;
    maxStatements: number;
    /** How long a request waits to reach Neo4j before SERVICE_UNAVAILABLE (and /health before 503). */
    neo4jTimeoutMs: number;
    queryTimeoutMs: number;
  };
  /** Subscriptions over WebSocket and the change feed behind them. */
  subscriptions: SubscriptionConfig;
}

export interface SubscriptionConfig {
  maxConnections: number;
  maxPerConnection: number;
  pollIntervalMs: number;
  overlapMs: number;
}

type Values = { [K in ConfigVariable]: z.infer<(typeof CONFIG_VARIABLES)[K]['schema']> };

/** Reads and checks every variable; throws CONFIG_INVALID naming each bad variable and value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const values: Partial<Record<ConfigVariable, unknown>> = {};
  for (const [name, spec] of Object.entries(CONFIG_VARIABLES) as Array<[ConfigVariable, VariableSpec]>) {
    const given = env[name];
    const raw = given === undefined || given === '' ? spec.defaultValue() : given;
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) {
      values[name] = parsed.data;
    } else {
      const reason = parsed.error.issues[0]?.message ?? 'is invalid';
      problems.push(`${name} ${reason} (got ${JSON.stringify(raw)})`);
    }
  }
  if (problems.length > 0) {
    throw new NewsgraphError('CONFIG_INVALID', `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const v = values as Values;
  const usesLocalNeo4j = v.NEO4J_URI === undefined;
  const neo4j = {
    uri: v.NEO4J_URI ?? `bolt://127.0.0.1:${v.NEO4J_LOCAL_BOLT_PORT}`,
    user: v.NEO4J_USER,
    password: v.NEO4J_PASSWORD,
    database: v.NEO4J_DATABASE,
  };
  return {
    env: v.NODE_ENV,
    logLevel: v.LOG_LEVEL,
    neo4j,
    // A connection that cannot be made fails fast (Neo4j down), but a request waits for a busy
    // pool's free connection as long as a query may run: under load that is a queue, not an outage.
    // No retry budget: the driver still retries once, a second later (its first backoff step).
    apiNeo4j: {
      ...neo4j,
      timeouts: { connectMs: v.API_NEO4J_TIMEOUT_MS, acquireMs: v.API_QUERY_TIMEOUT_MS, retryMs: 0 },
      // A request beyond the cap waits in the driver's queue, first come first served, instead of
      // adding one more transaction for Neo4j to interleave (bench:api at 100 clients: p99 0.9–3.7 s
      // with 100 connections, 0.7 s with 32, at the same throughput).
      maxConnections: v.API_NEO4J_MAX_CONNECTIONS,
    },
    usesLocalNeo4j,
    localNeo4j: {
      home: v.NEO4J_LOCAL_HOME,
      boltPort: v.NEO4J_LOCAL_BOLT_PORT,
      heap: v.NEO4J_LOCAL_HEAP,
      pageCache: v.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: v.NEO4J_LOCAL_START_TIMEOUT_MS,
    },
    api: { host: v.HOST, port: v.PORT },
    apiPolicy: {
      apiKey: v.API_KEY,
      readsNeedKey: v.API_READS === 'key',
      maxDepth: v.API_MAX_DEPTH,
      maxCost: v.API_MAX_COST,
      maxStatements: v.API_MAX_STATEMENTS,
      neo4jTimeoutMs: v.API_NEO4J_TIMEOUT_MS,
      queryTimeoutMs: v.API_QUERY_TIMEOUT_MS,
    },
    subscriptions: {
      maxConnections: v.API_WS_MAX_CONNECTIONS,
      maxPerConnection: v.API_WS_MAX_SUBSCRIPTIONS,
      pollIntervalMs: v.FEED_POLL_INTERVAL_MS,
      overlapMs: v.FEED_OVERLAP_MS,
    },
  };
}

/** Subscription settings with every variable at its default (servers built without a loaded config: tests). */
export function defaultSubscriptionConfig(): SubscriptionConfig {
  return loadConfig({}).subscriptions;
}
