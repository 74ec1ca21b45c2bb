import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  clock,
  DomainError,
  badInput,
  notFound,
  publishEvent,
  staffTopics,
  type RepresentativeRevokedPayload,
  isUuid,
} from '../../kit';
import { ChiefRepresentative } from './chief-representative.entity';

/** Revokes an authorization: its holder may no longer sign, in any department subgraph. */
export async function revokeChiefRepresentative(
  em: EntityManager,
  id: string,
  reason: string,
): Promise<ChiefRepresentative> {
  if (!reason.trim()) throw badInput('Say why the authorization is revoked.');
  if (!isUuid(id)) throw notFound('Chief representative authorization', id);
  return em.transactional(async (tx) => {
    const rep = await tx.findOne(
      ChiefRepresentative,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!rep) throw notFound('Chief representative authorization', id);
    if (rep.revokedAt) {
      throw new DomainError(
        'AUTHORIZATION_ALREADY_REVOKED',
        `Authorization ${id} is already revoked.`,
      );
    }
    rep.revokedAt = clock.now();
    rep.revokeReason = reason.trim();
    await tx.flush();
    const payload: RepresentativeRevokedPayload = {
      id,
      subject: rep.subject,
      departmentCode: rep.departmentCode,
      revokedAt: rep.revokedAt.toISOString(),
      reason: rep.revokeReason,
    };
    await publishEvent(tx, {
      topic: staffTopics.representativeRevoked,
      key: rep.departmentCode,
      payload,
    });
    return rep;
  });
}
