import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../kit';
import { FeeEntry } from './fee-entry.entity';

/** One fee catalog entry, locked for the rest of the transaction. */
export async function lockFeeEntry(tx: EntityManager, code: string): Promise<FeeEntry> {
  const entry = await tx.findOne(FeeEntry, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!entry) throw notFound('Fee entry', code);
  return entry;
}
