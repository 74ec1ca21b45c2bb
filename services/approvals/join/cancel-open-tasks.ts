import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '../../kit';
import type { Case } from '../case/case.entity';
import { approvalsTopics } from '../../contracts';
import type { Task } from '../task/task.entity';
import { TaskStatus, closedTaskStatuses } from '../task/task-status';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';

export type CancelReason = 'CASE_REJECTED' | 'CASE_WITHDRAWN';

/** Ends every task still open when its case ends, telling each department. */
export async function cancelOpenTasks(
  tx: EntityManager,
  kase: Case,
  tasks: Task[],
  reason: CancelReason,
  at: Date,
): Promise<void> {
  for (const task of tasks.filter((t) => !closedTaskStatuses.includes(t.status))) {
    task.status = TaskStatus.CANCELLED;
    task.closedAt = at;
    recordTimeline(tx, {
      caseId: kase.id,
      taskId: task.id,
      departmentCode: task.departmentCode,
      kind: TimelineKind.TASK_CANCELLED,
      at,
      summary: `Task of ${task.departmentCode} cancelled: the case was ${reason === 'CASE_REJECTED' ? 'rejected' : 'withdrawn'}.`,
    });
    await publishEvent(tx, {
      topic: approvalsTopics.taskCancelled,
      key: task.id,
      payload: {
        caseId: kase.id,
        taskId: task.id,
        departmentCode: task.departmentCode,
        reason,
        at: at.toISOString(),
      },
    });
  }
}
