import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, publishEvent } from '../../kit';
import { Seal } from './seal.entity';
import { sealRegisteredPayload, sealRevokedPayload } from './seal-events';
import { SealStatus } from './seal-status';

/**
 * The two changes of a seal's life, each with the event that tells every department, whether an
 * officer registers or revokes it or a department's generated key replaces it.
 */
export async function activateSeal(
  em: EntityManager,
  fields: Pick<Seal, 'departmentCode' | 'name' | 'publicKey' | 'keyFingerprint' | 'registeredBy'>,
): Promise<Seal> {
  const seal = em.create(Seal, {
    ...fields,
    status: SealStatus.ACTIVE,
    registeredAt: clock.now(),
  } as never);
  await em.flush();
  await publishEvent(em, {
    topic: 'center.seal.registered',
    key: seal.departmentCode,
    payload: sealRegisteredPayload(seal),
  });
  return seal;
}

export async function retireSeal(em: EntityManager, seal: Seal, reason: string): Promise<void> {
  seal.status = SealStatus.REVOKED;
  seal.revokedAt = clock.now();
  seal.revokeReason = reason;
  await em.flush();
  await publishEvent(em, {
    topic: 'center.seal.revoked',
    key: seal.departmentCode,
    payload: sealRevokedPayload(seal),
  });
}
