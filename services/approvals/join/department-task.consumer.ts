import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  consumersInOrder,
  defineConsumer,
  handleByTopic,
  publishEvent,
  staffReplicaConsumer,
  log,
  type TopicHandlers,
} from '../../kit';
import {
  approvalsTopics,
  type ApprovedLicencePayload,
  type DeliveredEvent,
  type TopicsMatching,
} from '../../contracts';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { Task } from '../task/task.entity';
import { TaskStatus, closedTaskStatuses, pausedTaskStatuses } from '../task/task-status';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { eventInstant } from './event-instant';
import { lockCase } from './lock-case';
import { endTaskPause } from '../task/pause-clock';
import { completeIfAllApproved, rejectCase } from './join-case';
import { storeLicence } from '../licence/store-licence';
import { sealKeyReplicaConsumer } from '../licence/seal-key-replica.consumer';
import { judgeSignOff, type SignOffRefusal } from './judge-sign-off';

type DepartmentTaskTopic = TopicsMatching<'department.task.*'>;

interface Step {
  kase: Case;
  task: Task;
  at: Date;
  /** Who acted; a resumption is the applicant's supply, no department person's. */
  by: string | null;
}

const note = (
  tx: EntityManager,
  { kase, task, by, at }: Step,
  kind: TimelineKind,
  summary: string,
) =>
  recordTimeline(tx, {
    caseId: kase.id,
    taskId: task.id,
    departmentCode: task.departmentCode,
    kind,
    at,
    by,
    summary,
  });

async function resume(tx: EntityManager, kase: Case, task: Task, at: Date): Promise<number> {
  const paused = await endTaskPause(tx, kase, task, at);
  if (pausedTaskStatuses.includes(task.status))
    task.status = task.resumeStatus ?? TaskStatus.ACCEPTED;
  task.resumeStatus = null;
  task.supplementRequests = [];
  return paused;
}

const handlers: TopicHandlers<DepartmentTaskTopic, [EntityManager, Step]> = {
  async 'department.task.accepted'(_event, tx, step) {
    if (step.task.status === TaskStatus.OPEN) step.task.status = TaskStatus.ACCEPTED;
    note(tx, step, TimelineKind.TASK_ACCEPTED, `${step.task.departmentCode} accepted its task.`);
  },
  async 'department.task.reviewed'(event, tx, step) {
    if (!pausedTaskStatuses.includes(step.task.status)) step.task.status = TaskStatus.REVIEWED;
    step.task.opinion = event.payload.opinion ?? null;
    note(
      tx,
      step,
      TimelineKind.TASK_REVIEWED,
      `Reviewed: ${event.payload.opinion ?? 'no opinion given'}.`,
    );
  },
  async 'department.task.meeting-recorded'(event, tx, step) {
    note(
      tx,
      step,
      TimelineKind.MEETING_RECORDED,
      `Meeting held on ${event.payload.heldOn ?? 'an unstated day'}.`,
    );
  },
  async 'department.task.supplement-requested'(event, tx, step) {
    const { task, at } = step;
    const requests = (event.payload.requests ?? []).map((r) => ({
      materialTypeCode: r.materialTypeCode,
      reason: r.reason,
    }));
    if (!task.pausedSince) {
      task.resumeStatus = task.status;
      task.pausedSince = at;
    }
    step.kase.pausedSince ??= at;
    task.status = TaskStatus.SUPPLEMENT_REQUESTED;
    task.supplementRequests = requests;
    note(
      tx,
      step,
      TimelineKind.SUPPLEMENT_REQUESTED,
      `Supplement requested (${requests.map((r) => r.materialTypeCode).join(', ')}); the clock is paused.`,
    );
  },
  async 'department.task.resumed'(_event, tx, step) {
    const paused = await resume(tx, step.kase, step.task, step.at);
    note(
      tx,
      step,
      TimelineKind.TASK_RESUMED,
      paused > 0
        ? `Resumed after ${paused} paused working day(s); due ${step.task.deadlineOn}.`
        : `Resumed; due ${step.task.deadlineOn}.`,
    );
  },
  async 'department.task.returned'(event, tx, step) {
    if (!pausedTaskStatuses.includes(step.task.status)) step.task.status = TaskStatus.ACCEPTED;
    step.task.opinion = null;
    note(
      tx,
      step,
      TimelineKind.TASK_RETURNED,
      `Returned to review by the chief representative: ${(event.payload.reasons ?? []).join('; ')}.`,
    );
  },
  async 'department.task.rejected'(event, tx, step) {
    const { task, kase, at } = step;
    const reasons = event.payload.reasons ?? [];
    task.status = TaskStatus.REJECTED;
    task.reasons = reasons;
    task.closedAt = at;
    note(tx, step, TimelineKind.TASK_REJECTED, `Rejected: ${reasons.join('; ')}.`);
    await rejectCase(tx, kase, task, reasons, at);
  },
  async 'department.task.approved'(event, tx, step) {
    const { task, kase, at } = step;
    const licences = event.payload.licences ?? [];
    const refusal = await judgeSignOff(tx, { task, by: step.by, licences });
    if (refusal) {
      await refuseSignOff(tx, step, refusal, licences);
      return;
    }
    task.status = TaskStatus.APPROVED;
    task.closedAt = at;
    for (const licence of licences) await storeLicence(tx, kase, task, licence);
    note(
      tx,
      step,
      TimelineKind.TASK_APPROVED,
      licences.length
        ? `Approved; licence(s) ${licences.map((l) => l.serial).join(', ')} signed, delivered at completion.`
        : 'Approved.',
    );
    await completeIfAllApproved(tx, kase, at);
  },
};

/**
 * A sign-off whose signer or seal was revoked first never stands: no licence is stored, the task
 * stays where it was, and the department is told to void what it sealed.
 */
async function refuseSignOff(
  tx: EntityManager,
  step: Step,
  reason: SignOffRefusal,
  licences: ApprovedLicencePayload[],
): Promise<void> {
  const { task, kase, at, by } = step;
  const serials = licences.map((licence) => licence.serial);
  note(
    tx,
    step,
    TimelineKind.SIGN_OFF_REFUSED,
    `Sign-off by ${by ?? 'nobody'} refused (${reason}); licence(s) ${serials.join(', ') || 'none'} void.`,
  );
  await publishEvent(tx, {
    topic: approvalsTopics.signOffRefused,
    key: task.id,
    payload: {
      caseId: kase.id,
      taskId: task.id,
      departmentCode: task.departmentCode,
      serials,
      signedBy: by,
      reason,
      at: at.toISOString(),
    },
  });
}

/**
 * The join: approvals learns what departments decided only from their events, applies each to
 * the task's record and clock, and ends the case when a decision ends it.
 */
async function departmentTaskEvent(event: DeliveredEvent<DepartmentTaskTopic>, tx: EntityManager) {
  const payload = event.payload;
  if (!payload?.caseId || !payload.taskId) return;
  const kase = await lockCase(tx, payload.caseId);
  const task = kase
    ? await tx.findOne(
        Task,
        { id: payload.taskId, caseId: kase.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : null;
  if (!kase || !task || task.departmentCode !== payload.departmentCode) {
    // Retrying cannot make a task appear; stalling would hold back every later decision.
    log.error(
      { service: 'approvals', topic: event.topic, position: event.position },
      'event names no task of its department; skipped',
    );
    return;
  }
  const by = 'by' in payload ? payload.by : null;
  const step: Step = { kase, task, by, at: eventInstant(event) };
  if (kase.status !== CaseStatus.IN_PROGRESS || closedTaskStatuses.includes(task.status)) {
    // The case or task ended first (a withdrawal, another department's rejection): the record
    // keeps the late act, and nothing else changes.
    note(
      tx,
      step,
      TimelineKind.DECISION_IGNORED,
      `${event.topic} arrived after the ${closedTaskStatuses.includes(task.status) ? 'task' : 'case'} ended (${closedTaskStatuses.includes(task.status) ? task.status : kase.status}); nothing changed.`,
    );
    return;
  }
  await handleByTopic(handlers, event, tx, step);
}

/**
 * Department decisions, with the seal keys and the staff registry they are judged against, in
 * one consumer: in the hub's event order, so a sign-off is judged against exactly the
 * revocations ordered before it.
 */
export const departmentTaskConsumer = consumersInOrder('approvals.department-tasks', [
  staffReplicaConsumer('approvals'),
  sealKeyReplicaConsumer,
  defineConsumer({
    name: 'approvals.join',
    topics: ['department.task.*'],
    handle: departmentTaskEvent,
  }),
]);
