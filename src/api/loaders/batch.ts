/**
 * What every loader's batch function does last: answer in the order of the keys asked for,
 * with a NOT_FOUND error in the place of a key the database did not return (DataLoader's
 * contract: one result or one Error per key).
 */
import { notFound } from '../errors.js';

export function inKeyOrder<T>(
  keys: readonly string[],
  rows: Array<Record<string, unknown>>,
  keyField: string,
  value: (row: Record<string, unknown>) => T,
  what: string,
): Array<T | Error> {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(String(row[keyField]), value(row));
  return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as T) : notFound(`No ${what} ${JSON.stringify(key)}.`)));
}

/** Loaders keyed by their options (a relationship kind, a page size): one DataLoader per distinct options. */
export function perOptions<O, L>(create: (options: O) => L): (options: O) => L {
  const loaders = new Map<string, L>();
  return (options) => {
    const id = JSON.stringify(options);
    let loader = loaders.get(id);
    if (loader === undefined) {
      loader = create(options);
      loaders.set(id, loader);
    }
    return loader;
  };
}
