import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, isUuid, notFound } from '../../kit';
import { Seal } from './seal.entity';
import { retireSeal } from './seal-lifecycle';
import { SealStatus } from './seal-status';

/** Revokes an approval seal: licences it signs from now on are not valid. */
export function revokeSeal(em: EntityManager, id: string, reason: string): Promise<Seal> {
  if (!reason.trim()) throw badInput('Say why the seal is revoked.');
  if (!isUuid(id)) throw notFound('Seal', id);
  return em.transactional(async (tx) => {
    const seal = await tx.findOne(Seal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!seal) throw notFound('Seal', id);
    if (seal.status === SealStatus.REVOKED) {
      throw new DomainError('SEAL_ALREADY_REVOKED', `Seal ${id} is already revoked.`);
    }
    await retireSeal(tx, seal, reason.trim());
    return seal;
  });
}
