import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  badInput,
  clock,
  notFound,
  publishEvent,
  staffTopics,
  type PermitRevokedPayload,
} from '../../kit';
import { WorkPermit } from './work-permit.entity';

/** Revokes a work permit: from this moment its holder may no longer act, in any subgraph. */
export async function revokeWorkPermit(
  em: EntityManager,
  number: string,
  reason: string,
): Promise<WorkPermit> {
  if (!reason.trim()) throw badInput('Say why the permit is revoked.');
  return em.transactional(async (tx) => {
    const permit = await tx.findOne(
      WorkPermit,
      { number },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!permit) throw notFound('Work permit', number);
    if (permit.revokedAt) {
      throw new DomainError('PERMIT_ALREADY_REVOKED', `Permit ${number} is already revoked.`);
    }
    permit.revokedAt = clock.now();
    permit.revokeReason = reason.trim();
    await tx.flush();
    const payload: PermitRevokedPayload = {
      number,
      subject: permit.subject,
      revokedAt: permit.revokedAt.toISOString(),
      reason: permit.revokeReason,
    };
    await publishEvent(tx, { topic: staffTopics.permitRevoked, key: permit.subject, payload });
    return permit;
  });
}
