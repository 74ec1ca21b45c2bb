import type { EntityManager } from '@mikro-orm/postgresql';
import { SupervisedCase } from '../case/supervised-case.entity';
import { SupervisedTask } from '../task/supervised-task.entity';
import type { SupervisedCommitment } from '../commitment/supervised-commitment.entity';
import { ClockSubjectKind } from '../warning/clock-subject-kind';
import type { ClockContext } from './clock-context';
import { refreshClock } from './refresh-clock';

export async function refreshCase(
  em: EntityManager,
  context: ClockContext,
  entity: SupervisedCase,
) {
  await refreshClock(em, context, { kind: ClockSubjectKind.CASE, entity, case: entity });
}

export async function refreshTask(em: EntityManager, context: ClockContext, task: SupervisedTask) {
  const owner = await em.findOne(SupervisedCase, { id: task.caseId });
  if (owner)
    await refreshClock(em, context, { kind: ClockSubjectKind.TASK, entity: task, case: owner });
}

export async function refreshCommitment(
  em: EntityManager,
  context: ClockContext,
  commitment: SupervisedCommitment,
) {
  const owner = await em.findOne(SupervisedCase, { id: commitment.caseId });
  if (owner) {
    await refreshClock(em, context, {
      kind: ClockSubjectKind.COMMITMENT,
      entity: commitment,
      case: owner,
    });
  }
}
