import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../kit';
import { Item } from './item.entity';

/** One version of an item, locked for the rest of the transaction. */
export async function lockItemVersion(
  tx: EntityManager,
  code: string,
  version: number,
): Promise<Item> {
  const item = await tx.findOne(Item, { code, version }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!item) throw notFound('Item version', `${code}@${version}`);
  return item;
}
