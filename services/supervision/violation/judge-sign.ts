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
  if (task.reviewRequired && !task.reviewedAt) {
    await recordViolation(em, event, {
      kind: ViolationKind.SIGN_WITHOUT_REVIEW,
      subjectKey: task.id,
      ...where,
      person: by,
      judgedAgainst: { acceptedAt: task.acceptedAt, reviewedAt: null },
    });
  }
  const day = localDate(at);
  const representatives = await replicaStaffDirectory.representatives(em, task.departmentCode);
  // Every item the task signs off must be within the signer's authorization.
  const uncovered = task.itemCodes.filter(
    (code) =>
      !representatives.some(
        (rep) => rep.subject === by && representativeCovers(rep, code, day, at),
      ),
  );
  if (task.itemCodes.length > 0 && uncovered.length === 0) return;
  const itemCode = uncovered[0] ?? null;
  await recordViolation(em, event, {
    kind: ViolationKind.SIGN_BY_UNAUTHORIZED,
    subjectKey: task.id,
    ...where,
    person: by,
    judgedAgainst: { itemCode, on: day, representatives },
  });
}
