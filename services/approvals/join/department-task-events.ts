import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  addWorkingDays,
  loadCalendar,
  workingDaysBetween,
  type EventConsumer,
  type HubEvent,
} from '../../kit';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { departmentTaskTopics as topics, type DepartmentTaskPayload } from '../events';
import { Task } from '../task/task.entity';
import { TaskStatus, closedTaskStatuses, pausedTaskStatuses } from '../task/task-status';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { eventInstant } from './event-instant';
import { lockCase, tasksOf } from './lock-case';
import { completeIfAllApproved, rejectCase } from './join-case';
import { storeLicence } from '../licence/store-licence';

interface Step {
  kase: Case;
  task: Task;
  payload: DepartmentTaskPayload;
  at: Date;
}

const note = (
  tx: EntityManager,
  { kase, task, payload, at }: Step,
  kind: TimelineKind,
  summary: string,
) =>
  recordTimeline(tx, {
    caseId: kase.id,
    taskId: task.id,
    departmentCode: task.departmentCode,
    kind,
    at,
    by: payload.by ?? null,
    summary,
  });

/** Ends a pause of a task's or the case's clock: its deadline moves by the paused working days. */
async function endPause(
  tx: EntityManager,
  clock: { pausedSince: Date | null; pausedDays: number; deadlineOn: string | null },
  at: Date,
): Promise<number> {
  if (!clock.pausedSince || !clock.deadlineOn) return 0;
  const calendar = await loadCalendar(tx);
  const paused = Math.max(0, workingDaysBetween(calendar, clock.pausedSince, at));
  clock.pausedDays += paused;
  clock.deadlineOn = addWorkingDays(calendar, clock.deadlineOn, paused);
  clock.pausedSince = null;
  return paused;
}

async function resume(tx: EntityManager, kase: Case, task: Task, at: Date): Promise<number> {
  if (!task.pausedSince) return 0;
  const paused = await endPause(tx, task, at);
  task.status = task.resumeStatus ?? TaskStatus.ACCEPTED;
  task.resumeStatus = null;
  task.supplementRequests = [];
  // One clock truth (e-supervision: clocks pause for a supplement): the case stands still
  // while any of its tasks waits, the same rule supervision applies to its case clock.
  const others = (await tasksOf(tx, kase.id)).filter((other) => other.id !== task.id);
  if (!others.some((other) => other.pausedSince)) await endPause(tx, kase, at);
  return paused;
}

const handlers: Record<string, (tx: EntityManager, step: Step) => Promise<void>> = {
  async [topics.accepted](tx, step) {
    if (step.task.status === TaskStatus.OPEN) step.task.status = TaskStatus.ACCEPTED;
    note(tx, step, TimelineKind.TASK_ACCEPTED, `${step.task.departmentCode} accepted its task.`);
  },
  async [topics.reviewed](tx, step) {
    if (!pausedTaskStatuses.includes(step.task.status)) step.task.status = TaskStatus.REVIEWED;
    step.task.opinion = step.payload.opinion ?? null;
    note(
      tx,
      step,
      TimelineKind.TASK_REVIEWED,
      `Reviewed: ${step.payload.opinion ?? 'no opinion given'}.`,
    );
  },
  async [topics.meetingRecorded](tx, step) {
    note(
      tx,
      step,
      TimelineKind.MEETING_RECORDED,
      `Meeting held on ${step.payload.heldOn ?? 'an unstated day'}.`,
    );
  },
  async [topics.supplementRequested](tx, step) {
    const { task, at } = step;
    const requests = (step.payload.requests ?? []).map((r) => ({
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
  async [topics.resumed](tx, step) {
    const paused = await resume(tx, step.kase, step.task, step.at);
    note(
      tx,
      step,
      TimelineKind.TASK_RESUMED,
      `Resumed after ${paused} paused working day(s); due ${step.task.deadlineOn}.`,
    );
  },
  async [topics.rejected](tx, step) {
    const { task, kase, at } = step;
    const reasons = step.payload.reasons ?? [];
    task.status = TaskStatus.REJECTED;
    task.reasons = reasons;
    task.closedAt = at;
    note(tx, step, TimelineKind.TASK_REJECTED, `Rejected: ${reasons.join('; ')}.`);
    await rejectCase(tx, kase, task, reasons, at);
  },
  async [topics.approved](tx, step) {
    const { task, kase, at } = step;
    task.status = TaskStatus.APPROVED;
    task.closedAt = at;
    if (step.payload.licence) {
      await storeLicence(tx, kase, task, step.payload.licence);
    }
    note(
      tx,
      step,
      TimelineKind.TASK_APPROVED,
      step.payload.licence
        ? `Approved; licence ${step.payload.licence.serial} signed, delivered at completion.`
        : 'Approved.',
    );
    await completeIfAllApproved(tx, kase, at);
  },
};

/**
 * The join: approvals learns what departments decided only from their events, applies each to
 * the task's record and clock, and ends the case when a decision ends it.
 */
async function departmentTaskEvent(event: HubEvent<DepartmentTaskPayload>, tx: EntityManager) {
  const payload = event.payload;
  const handler = handlers[event.topic];
  if (!handler || !payload?.caseId || !payload.taskId) return;
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
    console.error(
      `approvals: ${event.topic} at ${event.position} names no task of its department; skipped.`,
    );
    return;
  }
  const step: Step = { kase, task, payload, at: eventInstant(event) };
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
  await handler(tx, step);
}

export const departmentTaskConsumer: EventConsumer = {
  name: 'approvals.department-tasks',
  topics: ['department.task.*'],
  handle: departmentTaskEvent,
};
