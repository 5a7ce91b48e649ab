/**
 * How the API reads the graph: a named statement of cypher/api/ with its parameters, as one
 * auto-commit read transaction bounded by the query timeout. Every Cypher round trip of a
 * request goes through `read`, one `session.run` each, so counting them is counting calls,
 * and a request may make at most `maxStatements` of them (API_MAX_STATEMENTS).
 */
import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../graph/connection.js';
import { cypher, type CypherRegistry } from '../graph/cypher-registry.js';
import { apiError } from './errors.js';
import { ACTOR_LABELS, EVENT_LABELS, EVENT_RELATIONSHIPS } from './rows.js';

/** Values a statement's `{{slot}}` may take; each comes from an enum or a checked range in code, never from a client. */
export interface StatementSlots {
  /** A node label: one of the actor or event labels, or `Event`. */
  label?: string;
  /** The longest path `path` looks for, 1 to 6. */
  maxHops?: number;
  /** Relationship types a walk from an actor follows: event relationship types only. */
  walkEdges?: readonly string[];
  /**
   * The optional parts of the statement to keep, `{{#name}}…{{/name}}` in its text (a page's
   * count, what it reads along with each row); the others are cut. Each combination is its own
   * statement text, so Neo4j plans and caches each once.
   */
  blocks?: readonly StatementBlock[];
}

/**
 * Filter lines of the page and count statements, each named after its parameter and kept only
 * when that parameter is set (src/api/paging.ts): an unused filter would cost a check per row.
 */
export const FILTER_BLOCKS = [
  'labels',
  'attributeIn',
  'attributeContains',
  'linkedBy',
  'from',
  'to',
  'actorFilters',
  'statuses',
  'titleContains',
] as const;

/**
 * Orders a page statement sorts by the properties themselves, one block each (the caller's
 * `orderBy`); a statement without such blocks sorts on its computed sort value.
 */
export const ORDER_BLOCKS = ['PUBLISHED_DESC', 'PUBLISHED_ASC', 'DATE_DESC', 'DATE_ASC', 'REPORTS_DESC'] as const;

/** The optional parts a statement may have: names from code, never from a client. */
export const STATEMENT_BLOCKS = [
  'count',
  // Kept when the page starts past a cursor.
  'after',
  ...ORDER_BLOCKS,
  'actors',
  'sources',
  'lists',
  'counterparts',
  'roles',
  ...FILTER_BLOCKS,
] as const;
export type StatementBlock = (typeof STATEMENT_BLOCKS)[number];

const SLOT_LABELS = new Set<string>([...ACTOR_LABELS, ...EVENT_LABELS, 'Event']);
const SLOT = /\{\{(\w+)\}\}/g;
const BLOCK = /\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g;

/**
 * The statement `api/<name>` with its slots filled. Cypher cannot take a label or a path
 * length as a parameter without losing its indexes, so those few slots are filled here, from
 * allow-lists only; user input always travels as parameters.
 */
export function apiStatement(name: string, slots: StatementSlots = {}, registry: CypherRegistry = cypher()): string {
  // Every request asks for a few dozen distinct texts: fill each once, not per request.
  const cache = filledStatements.get(registry) ?? new Map<string, string>();
  filledStatements.set(registry, cache);
  const key = `${name}\n${JSON.stringify(slots)}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = fillStatement(name, slots, registry);
    cache.set(key, text);
  }
  return text;
}

const filledStatements = new WeakMap<CypherRegistry, Map<string, string>>();

function fillStatement(name: string, slots: StatementSlots, registry: CypherRegistry): string {
  const blocks = new Set<string>(slots.blocks ?? []);
  for (const block of blocks) {
    if (!(STATEMENT_BLOCKS as readonly string[]).includes(block)) throw new Error(`api/${name}: no block ${block}`);
  }
  let text = registry.get(`api/${name}`);
  // Outer blocks first; a kept block's body may hold blocks of its own.
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(BLOCK, (_match, block: string, body: string) => (blocks.has(block) ? body : ''));
  }
  return text.replace(SLOT, (_match, slot: string) => {
    if (slot === 'label' && slots.label !== undefined && SLOT_LABELS.has(slots.label)) return slots.label;
    if (slot === 'maxHops' && Number.isInteger(slots.maxHops) && slots.maxHops! >= 1 && slots.maxHops! <= 6) {
      return String(slots.maxHops);
    }
    if (
      slot === 'walkEdges' &&
      slots.walkEdges !== undefined &&
      slots.walkEdges.length > 0 &&
      slots.walkEdges.every((type) => EVENT_RELATIONSHIPS.includes(type))
    ) {
      return [...new Set(slots.walkEdges)].sort().join('|');
    }
    throw new Error(`api/${name}: slot {{${slot}}} needs an allowed value, got ${JSON.stringify(slots)}`);
  });
}

export interface ApiDb {
  read<T = Record<string, unknown>>(
    name: string,
    params: Record<string, unknown>,
    slots?: StatementSlots,
  ): Promise<T[]>;
}

export interface ApiDbOptions {
  /** Neo4j transaction timeout of each statement. */
  timeoutMs: number;
  /** Statements one request (one ApiDb) may run; the next one fails with QUERY_TOO_COSTLY. */
  maxStatements: number;
  registry?: CypherRegistry;
}

/** The reads of one request. */
export function createApiDb(graph: GraphConnection, options: ApiDbOptions): ApiDb {
  let statements = 0;
  return {
    async read<T>(name: string, params: Record<string, unknown>, slots?: StatementSlots): Promise<T[]> {
      statements += 1;
      if (statements > options.maxStatements) {
        // The cost estimate should have refused such a query; this bounds what it missed.
        throw apiError(
          'QUERY_TOO_COSTLY',
          `The query needs more than ${options.maxStatements} database statements; ask in several queries.`,
          { maxStatements: options.maxStatements },
        );
      }
      const statement = apiStatement(name, slots, options.registry);
      // An auto-commit transaction: RUN and PULL in one network round trip, where executeQuery's
      // managed transaction adds BEGIN and a COMMIT round trip (a read has nothing to commit).
      const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(statement, toCypherParams(params), { timeout: options.timeoutMs });
        return result.records.map((record) => toPlain(record.toObject()) as T);
      } finally {
        await session.close();
      }
    },
  };
}

/**
 * Parameters as Cypher needs them: JS numbers reach Neo4j as floats, which LIMIT and list
 * slices refuse, so whole numbers go as Neo4j integers (the API sends no whole-valued floats).
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/**
 * Driver values as plain JS: integers as numbers (ours are far below 2^53), temporals as ISO
 * strings. Lists and maps are converted in place: the driver builds them afresh for every
 * record, and copying a page's evidence texts again cost a tenth of a warrants request's CPU.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (needsPlain(value[i])) value[i] = toPlain(value[i]);
    return value;
  }
  // A map from the driver is a plain object; anything else is one of its value classes.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) if (needsPlain(map[key])) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return (value as { toString(): string }).toString();
  return value;
}

/** Whether toPlain has anything to do for a value: strings, numbers and booleans stay as they are. */
function needsPlain(value: unknown): boolean {
  return value === undefined || (value !== null && typeof value === 'object');
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}
