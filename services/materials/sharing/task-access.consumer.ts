import type { EntityManager } from '@mikro-orm/postgresql';
import { defineConsumer } from '../../kit';
import type { DeliveredEvent } from '../../contracts';
import { CaseAccess } from './case-access.entity';

/** A task ends when its department decides it or the case ends: then its reads stop. */
const taskEndingTopics = [
  'department.task.approved',
  'department.task.rejected',
  'approvals.task.cancelled',
] as const;

type TaskEndingTopic = (typeof taskEndingTopics)[number];

async function taskOpened(
  event: DeliveredEvent<'approvals.task.opened'>,
  em: EntityManager,
): Promise<void> {
  const { taskId, caseId, departmentCode, applicantId, materialTypeCodes } = event.payload;
  // A redelivered event finds its row and changes nothing.
  await em
    .createQueryBuilder(CaseAccess)
    .insert({
      taskId,
      caseId,
      departmentCode,
      applicantId,
      materialTypeCodes,
      openedAt: event.occurredAt,
    })
    .onConflict('task_id')
    .ignore()
    .execute();
}

async function taskClosed(
  event: DeliveredEvent<TaskEndingTopic>,
  em: EntityManager,
): Promise<void> {
  await em.nativeUpdate(
    CaseAccess,
    { taskId: event.payload.taskId, closedAt: null },
    { closedAt: event.occurredAt },
  );
}

/** Keeps the local table of which department has an open task on which case, needing what. */
export const taskAccessConsumer = defineConsumer({
  name: 'materials.task-access',
  topics: ['approvals.task.opened', ...taskEndingTopics],
  handle: (event, em) =>
    event.topic === 'approvals.task.opened' ? taskOpened(event, em) : taskClosed(event, em),
});
