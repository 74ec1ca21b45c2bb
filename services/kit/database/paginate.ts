import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { checkCursor } from './cursor';
import {
  checkPage,
  toConnection,
  whenAsked,
  type Connection,
  type PageArgs,
} from '../schema/pagination';

/**
 * Keyset pagination: the order must end in a unique column so every cursor is a stable position,
 * and a page costs one statement wherever it is in the list, plus one count when the client asks
 * for `totalCount` (on a large table the count, not the page, is what costs).
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageArgs,
  orderBy: QueryOrderMap<T>,
  /** Where the list keeps its total beside the rows, how to read it instead of counting. */
  count: () => Promise<number> = () => em.count(entity, where),
): Promise<Connection<T>> {
  const { first, last, after, before } = checkPage(page);
  if (after !== undefined) checkCursor(em, entity, orderBy, after, 'after');
  if (before !== undefined) checkCursor(em, entity, orderBy, before, 'before');
  const cursor = await em.findByCursor(entity, where, {
    first,
    last,
    after,
    before,
    orderBy: orderBy as never,
    includeCount: false,
  });
  return toConnection(cursor, whenAsked(count));
}
