/**
 * Keyset cursors. A page is ordered by (sort value, key), both unique together, and a cursor
 * holds the last item's pair: the next page starts strictly after it. Unlike offsets, items
 * added or removed meanwhile never make a page repeat or skip an item that stays.
 * The cursor also names its order, so one taken under DATE_DESC is refused under NAME_ASC.
 */
import { badInput } from './errors.js';

export interface CursorPosition {
  /** The order the cursor belongs to, e.g. `DATE_DESC`. */
  order: string;
  /** The item's sort value under that order. */
  sort: string | number;
  /** The item's key (or article id): the tie-breaker. */
  key: string;
}

const VERSION = 'c1';

export function encodeCursor(position: CursorPosition): string {
  const json = JSON.stringify([VERSION, position.order, position.sort, position.key]);
  return Buffer.from(json, 'utf8').toString('base64url');
}

/** Decodes a cursor given back by a client; anything not made by encodeCursor for `order` is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, order: string): CursorPosition {
  let parsed: unknown;
  try {
    if (cursor.length > 4000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('Invalid cursor: pass the `endCursor` (or an edge `cursor`) of a page as `after`.', {
      argument: 'after',
    });
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    parsed[0] !== VERSION ||
    typeof parsed[1] !== 'string' ||
    !(typeof parsed[2] === 'string' || (typeof parsed[2] === 'number' && Number.isFinite(parsed[2]))) ||
    typeof parsed[3] !== 'string'
  ) {
    throw badInput('Invalid cursor: pass the `endCursor` (or an edge `cursor`) of a page as `after`.', {
      argument: 'after',
    });
  }
  const [, cursorOrder, sort, key] = parsed as [string, string, string | number, string];
  if (cursorOrder !== order) {
    throw badInput(`This cursor belongs to orderBy ${cursorOrder}, not ${order}: page with the same order.`, {
      argument: 'after',
    });
  }
  return { order: cursorOrder, sort, key };
}
