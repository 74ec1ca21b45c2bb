import { isUuid } from '../identifiers/uuid';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { DomainError, conflict, notFound } from '../errors/domain-error';
import { DepartmentTask } from './department-task.entity';
import { DepartmentReviewStatus, closedStatuses } from './review-status';

export const WorkflowErrorCode = {
  StepOutOfOrder: 'STEP_OUT_OF_ORDER',
  StepNotPublished: 'STEP_NOT_PUBLISHED',
  ReasonsRequired: 'REASONS_REQUIRED',
  MeetingRequired: 'MEETING_REQUIRED',
  MeetingNotRequired: 'MEETING_NOT_REQUIRED',
  SealNotReady: 'SEAL_NOT_READY',
} as const;

/**
 * Loads the task with its row locked for the rest of the transaction: of two transitions racing
 * on one task, the second waits here and then sees what the first left.
 */
export async function lockTask(tx: EntityManager, taskId: string): Promise<DepartmentTask> {
  const task = await lockTaskIfExists(tx, taskId);
  if (!task) throw notFound('Task', taskId);
  return task;
}

export async function lockTaskIfExists(
  tx: EntityManager,
  taskId: string,
): Promise<DepartmentTask | null> {
  if (!isUuid(taskId)) return null;
  return tx.findOne(
    DepartmentTask,
    { id: taskId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
}

/** A finished task conflicts with any step; an unfinished one refuses steps out of order. */
export function assertStatus(task: DepartmentTask, from: readonly DepartmentReviewStatus[]): void {
  if (from.includes(task.status)) return;
  if (closedStatuses.includes(task.status)) {
    throw conflict(`Task ${task.id} is already ${task.status.toLowerCase()}.`, {
      taskId: task.id,
      status: task.status,
    });
  }
  throw new DomainError(
    WorkflowErrorCode.StepOutOfOrder,
    `Task ${task.id} is ${task.status.toLowerCase()}; this step needs it ${from.join(' or ').toLowerCase()}.`,
    { taskId: task.id, status: task.status, expected: from },
  );
}

export const openStatuses = Object.values(DepartmentReviewStatus).filter(
  (status) => !closedStatuses.includes(status),
);
