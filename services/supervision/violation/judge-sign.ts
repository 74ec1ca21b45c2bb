import type { EntityManager } from '@mikro-orm/postgresql';
import { localDate, replicaStaffDirectory, representativeCovers, type HubEvent } from '../../kit';
import type { SupervisedTask } from '../task/supervised-task.entity';
import { recordViolation } from './record-violation';
import { ViolationKind } from './violation-kind';

/** A sign-off needs a review before it, by the chief representative authorized for the item. */
export async function judgeSign(
  em: EntityManager,
  event: HubEvent,
  task: SupervisedTask,
  { by, at }: { by: string; at: Date },
): Promise<void> {
  const where = { caseId: task.caseId, taskId: task.id, departmentCode: task.departmentCode };
  if (!task.reviewedAt) {
    await recordViolation(em, event, {
      kind: ViolationKind.SIGN_WITHOUT_REVIEW,
      subjectKey: task.id,
      ...where,
      person: by,
      judgedAgainst: { acceptedAt: task.acceptedAt, reviewedAt: null },
    });
  }
  const day = localDate(at);
  const itemCode: string | undefined = event.payload.licence?.itemCode ?? task.itemCodes[0];
  const representatives = await replicaStaffDirectory.representatives(em, task.departmentCode);
  const authorized = representatives.some(
    (rep) =>
      rep.subject === by && itemCode !== undefined && representativeCovers(rep, itemCode, day, at),
  );
  if (authorized) return;
  await recordViolation(em, event, {
    kind: ViolationKind.SIGN_BY_UNAUTHORIZED,
    subjectKey: task.id,
    ...where,
    person: by,
    judgedAgainst: { itemCode: itemCode ?? null, on: day, representatives },
  });
}
