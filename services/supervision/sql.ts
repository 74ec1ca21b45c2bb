import type { EntityManager } from '@mikro-orm/postgresql';

/** Raw SQL in the caller's transaction, when there is one. */
export function sql<T = Record<string, any>>(
  em: EntityManager,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}
