import type { EntityManager } from '@mikro-orm/postgresql';
import {
  clock,
  Role,
  localDate,
  permitProblem,
  replicaStaffDirectory,
  representativeCovers,
} from '../../kit';
import type { ApprovedLicencePayload as LicencePayload } from '../../contracts';
import { SealKey } from '../licence/seal-key.entity';
import type { Task } from '../task/task.entity';

export type SignOffRefusal = 'SEAL_REVOKED' | 'SIGNER_NOT_AUTHORIZED' | 'SIGNER_PERMIT_INVALID';

export interface SignOff {
  task: Task;
  by: string | null;
  licences: LicencePayload[];
}

/**
 * Whether a sign-off may stand, judged against the replicas of the seals and the staff registry
 * exactly as they were when the sign-off took its place in the hub's event order: the replicas
 * are kept by the same consumer, so they hold every revocation ordered before it and none after.
 * Any revocation they hold therefore came first and wins, whatever instant it names.
 */
export async function judgeSignOff(
  tx: EntityManager,
  { task, by, licences }: SignOff,
): Promise<SignOffRefusal | null> {
  for (const licence of licences) {
    const key = await tx.findOne(SealKey, { keyId: licence.sealKeyId });
    if (!key || key.departmentCode !== task.departmentCode || key.revokedAt) return 'SEAL_REVOKED';
  }
  if (!by) return 'SIGNER_NOT_AUTHORIZED';
  const issuedAt = licences[0]?.issuedAt;
  const at = issuedAt == null ? clock.now() : new Date(issuedAt);
  const day = localDate(at);
  const staff = await replicaStaffDirectory.staffMember(tx, by);
  if (
    !staff ||
    staff.departmentCode !== task.departmentCode ||
    staff.duty !== Role.CHIEF_REPRESENTATIVE
  ) {
    return 'SIGNER_NOT_AUTHORIZED';
  }
  const permits = await replicaStaffDirectory.permits(tx, by);
  if (!permits.some((permit) => !permit.revokedAt && permitProblem(permit, day, at) === null)) {
    return 'SIGNER_PERMIT_INVALID';
  }
  const itemCodes = new Set([
    ...task.items.map((item) => item.code),
    ...licences.map((licence) => licence.itemCode),
  ]);
  const representatives = (
    await replicaStaffDirectory.representatives(tx, task.departmentCode)
  ).filter((rep) => rep.subject === by && !rep.revokedAt);
  const covered = [...itemCodes].every((code) =>
    representatives.some((rep) => representativeCovers(rep, code, day, at)),
  );
  return covered ? null : 'SIGNER_NOT_AUTHORIZED';
}
