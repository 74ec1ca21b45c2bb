import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, clock, DomainError, isUuid, notFound, publishEvent } from '../../kit';
import { Seal } from './seal.entity';
import { sealRevokedPayload } from './seal-events';
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
    seal.status = SealStatus.REVOKED;
    seal.revokedAt = clock.now();
    seal.revokeReason = reason.trim();
    await tx.flush();
    await publishEvent(tx, {
      topic: 'center.seal.revoked',
      key: seal.departmentCode,
      payload: sealRevokedPayload(seal),
    });
    return seal;
  });
}
