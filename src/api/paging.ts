/**
 * Page sizes and Relay connections over keyset-ordered statements (cypher/api/*-page and
 * *-count): one query for the page; when the client asks for totalCount, the page statement's
 * `count` block counts in the same walk, and the count statement runs only when the page has no
 * row to carry it (an empty page, `first: 0`).
 */
import { decodeCursor, encodeCursor } from './cursor.js';
import { FILTER_BLOCKS, ORDER_BLOCKS, type ApiDb, type StatementBlock, type StatementSlots } from './db.js';
import { badInput } from './errors.js';
import type { PageRow } from './rows.js';

export const MAX_PAGE_SIZE = 100;

/** A `first` argument checked against the limit: 0 to 100 (0 gives only pageInfo and totalCount). */
export function pageSize(first: number | null | undefined, fallback: number, argument = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`${argument} must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`, {
      argument,
      maxPageSize: MAX_PAGE_SIZE,
    });
  }
  return size;
}

export interface ConnectionQuery<T> {
  db: ApiDb;
  /** Statement names, e.g. events-page and events-count. */
  page: string;
  count: string;
  slots: StatementSlots;
  /** Whether totalCount is asked and the page statement has a `count` block to answer it along. */
  countInPage?: boolean;
  /** Parameters only the page statement takes (for what it reads along). */
  pageParams?: Record<string, unknown>;
  /** Filter parameters, shared by both statements. */
  params: Record<string, unknown>;
  order: string;
  first: number;
  after: string | null | undefined;
  /** The item of a result row, and its key (the tie-breaker of the order). */
  item: (row: Record<string, unknown>) => { node: T; key: string };
}

/** The filter lines to keep: those whose parameter is set (not null, not an empty list). */
export function filterBlocks(params: Record<string, unknown>): StatementBlock[] {
  return FILTER_BLOCKS.filter((name) => {
    const value = params[name];
    return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
}

export async function connection<T>(query: ConnectionQuery<T>): Promise<PageRow<T>> {
  const after = query.after ? decodeCursor(query.after, query.order) : null;
  const countInPage = query.countInPage === true;
  const filters = filterBlocks(query.params);
  const order = ORDER_BLOCKS.find((name) => name === query.order);
  const slots: StatementSlots = {
    ...query.slots,
    blocks: [
      ...(query.slots.blocks ?? []),
      ...filters,
      ...(countInPage ? (['count'] as const) : []),
      ...(after ? (['after'] as const) : []),
      ...(order ? [order] : []),
    ],
  };
  const rows =
    query.first === 0
      ? []
      : await query.db.read(
          query.page,
          {
            ...query.params,
            ...query.pageParams,
            order: query.order,
            after: after && { sort: after.sort, key: after.key },
            limit: query.first + 1,
          },
          slots,
        );
  const edges = rows.slice(0, query.first).map((row) => {
    const { node, key } = query.item(row);
    return { node, cursor: encodeCursor({ order: query.order, sort: row.sort as string | number, key }) };
  });
  let counted: Promise<number> | undefined =
    countInPage && rows.length > 0 ? Promise.resolve(Number(rows[0]!.total)) : undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > query.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => {
      counted ??= query.db
        .read<{ count: number }>(query.count, query.params, { ...query.slots, blocks: filters })
        .then((result) => result[0]?.count ?? 0);
      return counted;
    },
  };
}
