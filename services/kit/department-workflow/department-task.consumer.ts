import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeliveredEvent } from '../../contracts';
import { defineConsumer, handleByTopic, type TopicHandlers } from '../events/define-consumer';
import { publishEvent } from '../events/publish-event';
import { loadCalendar } from '../calendar/calendar-replica';
import { resumeDeadline } from '../calendar/paused-deadline';
import { departmentSubgraphName } from './department';
import { DepartmentTask } from './department-task.entity';
import { DepartmentTaskStep } from './task-step.entity';
import { DepartmentStepKind } from './step-kind';
import { DepartmentReviewStatus, closedStatuses } from './review-status';
import { departmentTopics } from './task-events';
import { lockTaskIfExists } from './task-lock';

async function taskOpened(event: DeliveredEvent<'approvals.task.opened'>, em: EntityManager) {
  const p = event.payload;
  // A redelivered event finds its task and changes nothing.
  const inserted = await em
    .createQueryBuilder(DepartmentTask)
    .insert({
      id: p.taskId,
      caseId: p.caseId,
      caseReference: p.caseReference,
      applicantId: p.applicantId,
      applicantName: p.applicantName ?? null,
      items: p.items.map(({ code, version, name, meetingBeforeSign, promisedLimitDays }) => ({
        code,
        version,
        name,
        meetingBeforeSign: Boolean(meetingBeforeSign),
        promisedLimitDays,
      })),
      materialTypeCodes: p.materialTypeCodes ?? [],
      status: DepartmentReviewStatus.OPEN,
      openedAt: new Date(p.openedAt),
      deadlineOn: p.deadlineOn,
    })
    .onConflict('id')
    .ignore()
    .execute('run');
  if (!inserted.affectedRows) return;
  em.create(DepartmentTaskStep, {
    taskId: p.taskId,
    kind: DepartmentStepKind.OPENED,
    by: null,
    at: new Date(p.openedAt),
    note: p.items.map((item) => `${item.code} v${item.version}`).join(', '),
  });
}

async function taskCancelled(event: DeliveredEvent<'approvals.task.cancelled'>, em: EntityManager) {
  const p = event.payload;
  const task = await lockTaskIfExists(em, p.taskId);
  // A task already decided keeps its decision: the case's outcome is the joint approval's to say.
  if (!task || closedStatuses.includes(task.status)) return;
  const at = new Date(p.at);
  task.status = DepartmentReviewStatus.CANCELLED;
  task.cancelledAt = at;
  task.cancelReason = p.reason;
  task.pausedSince = null;
  em.create(DepartmentTaskStep, {
    taskId: task.id,
    kind: DepartmentStepKind.CANCELLED,
    by: null,
    at,
    note: p.reason,
  });
}

/**
 * The applicant supplied what was asked: the clock runs again, its deadline moved on by the
 * working days it stood still, and the reviewer reviews again on the new materials.
 */
async function supplementSupplied(
  event: DeliveredEvent<'approvals.supplement.supplied'>,
  em: EntityManager,
) {
  const p = event.payload;
  const task = await lockTaskIfExists(em, p.taskId);
  if (!task || task.status !== DepartmentReviewStatus.SUPPLEMENT_REQUESTED) return;
  const at = new Date(p.at);
  const { pausedDays, deadlineOn } = resumeDeadline(await loadCalendar(em), task, at);
  task.status = DepartmentReviewStatus.ACCEPTED;
  task.pausedSince = null;
  task.pausedWorkingDays += pausedDays;
  task.deadlineOn = deadlineOn;
  task.meetingHeldOn = null;
  task.meetingMinutes = null;
  task.meetingRecordedBy = null;
  task.meetingRecordedAt = null;
  em.create(DepartmentTaskStep, {
    taskId: task.id,
    kind: DepartmentStepKind.RESUMED,
    by: null,
    at,
    note: p.materialTypeCodes.join(', '),
  });
  await em.flush();
  await publishEvent(em, {
    topic: departmentTopics.resumed,
    key: task.id,
    payload: { caseId: task.caseId, taskId: task.id, departmentCode: p.departmentCode, at: p.at },
  });
}

type FollowedTopic =
  'approvals.task.opened' | 'approvals.task.cancelled' | 'approvals.supplement.supplied';

const handlers: TopicHandlers<FollowedTopic, [EntityManager]> = {
  'approvals.task.opened': taskOpened,
  'approvals.task.cancelled': taskCancelled,
  'approvals.supplement.supplied': supplementSupplied,
};

/** Keeps the department's tasks in step with the joint approval; other departments' are ignored. */
export function departmentTaskConsumer(departmentCode: string) {
  return defineConsumer({
    name: `${departmentSubgraphName(departmentCode)}.tasks`,
    topics: Object.keys(handlers) as FollowedTopic[],
    async handle(event, em) {
      if (event.payload?.departmentCode !== departmentCode) return;
      await handleByTopic(handlers, event, em);
    },
  });
}
