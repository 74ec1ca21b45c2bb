import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Raw SQL in the entity manager's transaction, when there is one: for what the ORM says poorly
 * (upserts, locks, set-based updates). Parameters are `?` placeholders; an array parameter is
 * spread into a list, so pass arrays meant as one value as JSON.
 */
export function sql<T = Record<string, any>>(
  em: EntityManager,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}
