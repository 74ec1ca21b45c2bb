import DataLoader from 'dataloader';
import type { RequestContext } from './request-context';

/**
 * Declares a batch loader once, at module level; calling the result with a request context gives
 * that request's DataLoader, so every cross-entity field costs one query per request, not per row.
 */
export function defineLoader<K, V>(
  batch: (keys: readonly K[], context: RequestContext) => Promise<readonly (V | Error)[]>,
  options: { cacheKey?: (key: K) => string | number } = {},
): (context: RequestContext) => DataLoader<K, V> {
  const slot = Symbol('loader');
  return (context) => {
    let loader = context.loaders.get(slot) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>((keys) => batch(keys, context), {
        cacheKeyFn: options.cacheKey,
      });
      context.loaders.set(slot, loader);
    }
    return loader;
  };
}

/** Puts rows in the order of `keys`, with null where no row matched. */
export function alignOne<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under each of `keys`, with an empty list where none matched. */
export function alignMany<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}
