import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../../kit';
import type { SupervisedTask } from '../task/supervised-task.entity';
import { recordViolation } from './record-violation';
import { ViolationKind } from './violation-kind';

/** A rejection must say why: at least one reason that is not blank. */
export async function judgeRejection(
  em: EntityManager,
  event: HubEvent,
  task: SupervisedTask,
): Promise<void> {
  const reasons: unknown[] = Array.isArray(event.payload.reasons) ? event.payload.reasons : [];
  if (reasons.some((reason) => typeof reason === 'string' && reason.trim() !== '')) return;
  await recordViolation(em, event, {
    kind: ViolationKind.REJECTION_WITHOUT_REASONS,
    subjectKey: task.id,
    caseId: task.caseId,
    taskId: task.id,
    departmentCode: task.departmentCode,
    person: event.payload.by ?? null,
    judgedAgainst: { reasons },
  });
}
