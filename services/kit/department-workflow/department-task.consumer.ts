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
import { DepartmentReviewStatus } from './review-status';
import { departmentTopics } from './task-events';
import { lockTaskIfExists } from './task-lock';
import { DepartmentLicence } from './department-licence.entity';
import { publishedStepKinds, taskHasStep } from './published-steps';

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
      items: p.items.map(
        ({ code, version, name, meetingBeforeSign, promisedLimitDays, steps, fees }) => ({
          code,
          version,
          name,
          meetingBeforeSign: Boolean(meetingBeforeSign),
          promisedLimitDays,
          steps: publishedStepKinds(steps),
          // What the case's fee assessment allows for the item; none on older events.
          fees: (fees ?? []).map((fee) => ({
            code: fee.code,
            name: fee.name,
            standard: fee.standard,
            legalBasis: fee.legalBasis,
          })),
        }),
      ),
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

/** Licences the joint approval never took become void, kept for the record. */
async function voidLicences(
  em: EntityManager,
  taskId: string,
  serials: string[] | null,
  reason: string,
  at: Date,
): Promise<void> {
  await em.nativeUpdate(
    DepartmentLicence,
    { taskId, voidedAt: null, ...(serials ? { serial: { $in: serials } } : {}) },
    { voidedAt: at, voidReason: reason },
  );
}

/**
 * The joint approval cancelled the task: its word is final. It cancels only tasks it has taken
 * no decision from, so a sign-off or a rejection it did not take in time (the case was rejected
 * or withdrawn first) is undone here too, licences void, and every party reports it cancelled.
 */
async function taskCancelled(event: DeliveredEvent<'approvals.task.cancelled'>, em: EntityManager) {
  const p = event.payload;
  const task = await lockTaskIfExists(em, p.taskId);
  if (!task || task.status === DepartmentReviewStatus.CANCELLED) return;
  const at = new Date(p.at);
  if (task.status === DepartmentReviewStatus.APPROVED) {
    await voidLicences(em, task.id, null, p.reason, at);
  }
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

/**
 * The joint approval refused the sign-off: its licences are void and the task stands where it
 * stood before it, waiting for a lawful sign-off (or a return to review, or a rejection).
 */
async function signOffRefused(
  event: DeliveredEvent<'approvals.sign-off.refused'>,
  em: EntityManager,
) {
  const p = event.payload;
  const task = await lockTaskIfExists(em, p.taskId);
  if (!task) return;
  const at = new Date(p.at);
  await voidLicences(em, task.id, p.serials, p.reason, at);
  if (task.status !== DepartmentReviewStatus.APPROVED) return;
  task.status = taskHasStep(task, 'REVIEW')
    ? DepartmentReviewStatus.REVIEWED
    : DepartmentReviewStatus.ACCEPTED;
  task.decidedBy = null;
  task.decidedAt = null;
  em.create(DepartmentTaskStep, {
    taskId: task.id,
    kind: DepartmentStepKind.SIGN_OFF_REFUSED,
    by: null,
    at,
    note: `${p.reason}: ${p.serials.join(', ')}`,
  });
}

type FollowedTopic =
  | 'approvals.task.opened'
  | 'approvals.task.cancelled'
  | 'approvals.supplement.supplied'
  | 'approvals.sign-off.refused';

const handlers: TopicHandlers<FollowedTopic, [EntityManager]> = {
  'approvals.task.opened': taskOpened,
  'approvals.task.cancelled': taskCancelled,
  'approvals.supplement.supplied': supplementSupplied,
  'approvals.sign-off.refused': signOffRefused,
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
