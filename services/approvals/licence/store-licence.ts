import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case } from '../case/case.entity';
import type { ApprovedLicencePayload } from '../../contracts';
import type { Task } from '../task/task.entity';
import { Licence } from './licence.entity';

/**
 * Keeps the licence a department signed, undelivered until the case completes. A serial names
 * one licence for ever, so a second arrival of the same serial changes nothing.
 */
export async function storeLicence(
  tx: EntityManager,
  kase: Case,
  task: Task,
  licence: ApprovedLicencePayload,
): Promise<void> {
  await tx
    .createQueryBuilder(Licence)
    .insert({
      id: randomUUID(),
      serial: licence.serial,
      caseId: kase.id,
      taskId: task.id,
      departmentCode: task.departmentCode,
      applicantId: kase.applicantId,
      itemCode: licence.itemCode,
      itemVersion: licence.itemVersion,
      materialTypeCode: licence.materialTypeCode,
      issuedAt: new Date(licence.issuedAt),
      validUntil: licence.validUntil ? new Date(licence.validUntil) : null,
      content: licence.content,
      contentSha256: licence.contentSha256,
      signature: licence.signature,
      sealKeyId: licence.sealKeyId,
      deliveredAt: null,
    })
    .onConflict('serial')
    .ignore()
    .execute();
}
