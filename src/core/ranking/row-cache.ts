import type { CareerColumns } from './career-columns.js';

/** How many occupations' rows each cache keeps per careers array (least recently used go). */
const MAX_CACHED = 64;

/** Rows kept per careers array, by occupation code. */
export type RowCache<T> = WeakMap<CareerColumns, Map<string, T>>;

/** The cached value for `key`, made and kept on a miss; a hit becomes the most recent. */
export function cachedRows<T>(
  cache: RowCache<T>,
  cols: CareerColumns,
  key: string,
  make: () => T,
): T {
  let entries = cache.get(cols);
  if (!entries) cache.set(cols, (entries = new Map()));
  let value = entries.get(key);
  if (value === undefined) {
    value = make();
    if (entries.size >= MAX_CACHED) entries.delete(entries.keys().next().value!);
  } else entries.delete(key);
  entries.set(key, value);
  return value;
}

/** Replaces the cached value for `key` (when a hit turned out not to fit the request). */
export function replaceRows<T>(cache: RowCache<T>, cols: CareerColumns, key: string, value: T) {
  cache.get(cols)?.set(key, value);
}
