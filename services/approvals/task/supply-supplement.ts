import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  clock,
  DomainError,
  forbidden,
  isUuid,
  notFound,
  publishEvent,
  type Identity,
} from '../../kit';
import { isCaseApplicant } from '../access';
import { CaseStatus } from '../case/case-status';
import { approvalsTopics } from '../../contracts';
import { lockCase } from '../join/lock-case';
import { notSubmittedSince } from '../materials/material-submissions';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { Task } from './task.entity';
import { endTaskPause } from './pause-clock';
import { TaskStatus } from './task-status';

/**
 * The applicant declares a supplement supplied (the new material versions are in materials,
 * shared with every department of the case): the task's clock runs again from now, and the
 * department resumes its review.
 */
export async function supplySupplement(
  em: EntityManager,
  identity: Identity,
  taskId: string,
): Promise<Task> {
  const found = isUuid(taskId) ? await em.fork().findOne(Task, { id: taskId }) : null;
  if (!found) throw notFound('Task', taskId);
  return em.transactional(async (tx) => {
    const kase = (await lockCase(tx, found.caseId))!;
    const task = await tx.findOneOrFail(
      Task,
      { id: taskId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!isCaseApplicant(identity, kase)) {
      throw forbidden('Only the applicant of the case may supply a supplement.');
    }
    if (kase.status !== CaseStatus.IN_PROGRESS || task.status !== TaskStatus.SUPPLEMENT_REQUESTED) {
      throw new DomainError(
        'SUPPLEMENT_NOT_REQUESTED',
        `No supplement is awaited on this task (task ${task.status}, case ${kase.status}).`,
        { taskId, taskStatus: task.status, caseStatus: kase.status },
      );
    }
    const at = clock.now();
    const materialTypeCodes = task.supplementRequests.map((request) => request.materialTypeCode);
    // Reform rule (supplement, 补正): what the applicant supplies is a new version, shared with
    // every department; declaring a supplement without one would restart the clock on nothing.
    const missing = await notSubmittedSince(
      tx,
      kase.applicantId,
      materialTypeCodes,
      task.pausedSince ?? kase.acceptedAt!,
    );
    if (missing.length > 0) {
      throw new DomainError(
        'SUPPLEMENT_NOT_UPLOADED',
        `Hand over a new version of ${missing.join(', ')} first: none arrived since the request (a version uploaded a moment ago may take a second to be seen).`,
        { taskId, materialTypeCodes: missing },
      );
    }
    task.status = TaskStatus.SUPPLEMENT_SUPPLIED;
    const paused = await endTaskPause(tx, kase, task, at);
    recordTimeline(tx, {
      caseId: kase.id,
      taskId,
      departmentCode: task.departmentCode,
      kind: TimelineKind.SUPPLEMENT_SUPPLIED,
      at,
      by: identity.subject,
      summary: `Supplement supplied: ${materialTypeCodes.join(', ')}; the clock runs again after ${paused} paused working day(s), due ${task.deadlineOn}.`,
    });
    await publishEvent(tx, {
      topic: approvalsTopics.supplementSupplied,
      key: taskId,
      payload: {
        caseId: kase.id,
        taskId,
        departmentCode: task.departmentCode,
        materialTypeCodes,
        by: identity.subject!,
        at: at.toISOString(),
      },
    });
    return task;
  });
}
