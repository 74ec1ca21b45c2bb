import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, publishEvent, type WorkingCalendar } from '../../kit';
import type { Case } from '../case/case.entity';
import { approvalsTopics } from '../../contracts';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { Task } from './task.entity';
import { TaskStatus } from './task-status';
import { taskLimitDays } from './task-limit';

/**
 * Opens one task per department of the case, all at the same moment: each department's limit is
 * its longest promised item limit, never beyond the case's own (bundle) limit.
 */
export async function fanOut(
  tx: EntityManager,
  kase: Case,
  calendar: WorkingCalendar,
  at: Date,
): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const departmentCode of kase.departmentCodes) {
    const items = kase.items.filter((item) => item.departmentCode === departmentCode);
    const limitDays = taskLimitDays(items, kase.timeLimitDays);
    const task = tx.create(Task, {
      id: randomUUID(),
      caseId: kase.id,
      departmentCode,
      status: TaskStatus.OPEN,
      items,
      materialTypeCodes: [...new Set(items.flatMap((item) => item.materialTypeCodes))],
      limitDays,
      openedAt: at,
      deadlineOn: addWorkingDays(calendar, at, limitDays),
    } as Task);
    tasks.push(task);
    recordTimeline(tx, {
      caseId: kase.id,
      taskId: task.id,
      departmentCode,
      kind: TimelineKind.TASK_OPENED,
      at,
      summary: `Task opened for ${departmentCode}: ${limitDays} working days, until ${task.deadlineOn}.`,
    });
    await publishEvent(tx, {
      topic: approvalsTopics.taskOpened,
      key: task.id,
      payload: {
        caseId: kase.id,
        caseReference: kase.reference,
        taskId: task.id,
        departmentCode,
        applicantId: kase.applicantId,
        applicantName: kase.applicantName,
        items: items.map((item) => ({
          code: item.code,
          version: item.version,
          name: item.name,
          steps: item.steps,
          meetingBeforeSign: item.meetingBeforeSign,
          promisedLimitDays: item.promisedLimitDays,
          // All the department may charge for the item, from the case's fee assessment.
          fees: (kase.feeAssessment ?? [])
            .filter((fee) => fee.itemCode === item.code && fee.itemVersion === item.version)
            .map((fee) => ({
              code: fee.feeCode,
              name: fee.name,
              standard: fee.standard,
              legalBasis: fee.legalBasis,
            })),
        })),
        materialTypeCodes: task.materialTypeCodes,
        openedAt: at.toISOString(),
        deadlineOn: task.deadlineOn,
      },
    });
  }
  return tasks;
}
