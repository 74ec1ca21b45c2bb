import { sql, publishedStepKinds } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TopicHandlers } from '../../kit';
import type { DeliveredEvent, TopicsMatching } from '../../contracts';
import { SupervisedCase } from '../case/supervised-case.entity';
import type { ClockContext } from '../clock/clock-context';
import { closeClock, openClock, pauseClock, resumeClock } from '../clock/clock-operations';
import { refreshCase, refreshTask } from '../clock/clock-subjects';
import { eventTime } from '../events/event-day';
import { judgeAct } from '../violation/judge-act';
import { judgeFees } from '../violation/judge-fees';
import { judgeLate } from '../violation/judge-late';
import { judgeOffSystem } from '../violation/judge-off-system';
import { judgeRejection } from '../violation/judge-rejection';
import { judgeSign } from '../violation/judge-sign';
import { recordViolation } from '../violation/record-violation';
import { ViolationKind } from '../violation/violation-kind';
import { SupervisedTask } from './supervised-task.entity';
import { SupervisedTaskStatus } from './supervised-task-status';

type DepartmentTaskTopic = TopicsMatching<'department.task.*'>;

type TaskTopic =
  | DepartmentTaskTopic
  | 'approvals.task.opened'
  | 'approvals.task.cancelled'
  | 'approvals.supplement.supplied'
  | 'approvals.sign-off.refused';

interface Step {
  task: SupervisedTask;
  at: Date;
  day: string;
  by: string | null;
}

/** Pauses and resumes move the case clock too: it stands while any of its tasks waits. */
async function setPaused(
  em: EntityManager,
  context: ClockContext,
  task: SupervisedTask,
  paused: boolean,
  day: string,
): Promise<void> {
  if (paused === (task.pausedSince !== null) || task.closedOn !== null) return;
  if (paused) pauseClock(task, day);
  else resumeClock(context.calendar, task, day);
  const owner = await em.findOne(SupervisedCase, { id: task.caseId });
  if (!owner) return;
  owner.pausedTasks = Math.max(0, owner.pausedTasks + (paused ? 1 : -1));
  if (paused && owner.pausedTasks === 1) pauseClock(owner, day);
  if (!paused && owner.pausedTasks === 0) resumeClock(context.calendar, owner, day);
  await refreshCase(em, context, owner);
}

async function close(
  em: EntityManager,
  context: ClockContext,
  task: SupervisedTask,
  status: SupervisedTaskStatus,
  day: string,
): Promise<void> {
  if (task.status !== SupervisedTaskStatus.OPEN) return;
  await setPaused(em, context, task, false, day);
  task.status = status;
  closeClock(context.calendar, task, day);
}

/**
 * A department step on a task: finds the task (or records off-system handling), judges lateness
 * and the actor's permit, then applies `apply`.
 */
const departmentStep =
  <T extends DepartmentTaskTopic>(
    step: string,
    apply: (
      event: DeliveredEvent<T>,
      em: EntityManager,
      context: ClockContext,
      s: Step,
    ) => Promise<void>,
  ) =>
  async (event: DeliveredEvent<T>, em: EntityManager, context: ClockContext) => {
    const p = event.payload;
    const task = await em.findOne(SupervisedTask, { id: p.taskId });
    if (!task) {
      await judgeOffSystem(em, event, { subjectKey: `task:${p.taskId}` });
      return;
    }
    const { at, day } = eventTime(p.at, event.occurredAt);
    const by = 'by' in p ? p.by : null;
    await judgeLate(em, event, context, task, { step, day });
    if (by) {
      await judgeAct(em, event, {
        by,
        at,
        caseId: task.caseId,
        taskId: task.id,
        departmentCode: task.departmentCode,
        subjectKey: `${task.id}:${step}:${by}`,
      });
    }
    await apply(event, em, context, { task, at, day, by });
    await refreshTask(em, context, task);
  };

export const taskHandlers: TopicHandlers<TaskTopic, [EntityManager, ClockContext]> = {
  async 'approvals.task.opened'(event, em, context) {
    const p = event.payload;
    if (await em.findOne(SupervisedTask, { id: p.taskId })) return;
    const { at, day } = eventTime(p.openedAt, event.occurredAt);
    const task = Object.assign(new SupervisedTask(), {
      id: p.taskId,
      caseId: p.caseId,
      departmentCode: p.departmentCode,
      itemCodes: (p.items ?? []).map((item: { code: string }) => item.code),
      reviewRequired: (p.items ?? []).some((item: { steps?: unknown }) =>
        publishedStepKinds(item.steps).includes('REVIEW'),
      ),
      status: SupervisedTaskStatus.OPEN,
      openedAt: at,
    });
    openClock(context.calendar, task, day, p.deadlineOn);
    em.persist(task);
    const owner = await em.findOne(SupervisedCase, { id: p.caseId });
    if (owner && !owner.departmentCodes.includes(p.departmentCode)) {
      owner.departmentCodes = [...owner.departmentCodes, p.departmentCode];
    }
    await refreshTask(em, context, task);
  },

  // The joint approval's word is final: a decision it did not take before the case ended is
  // cancelled here as it is in approvals and in the department.
  async 'approvals.task.cancelled'(event, em, context) {
    const task = await em.findOne(SupervisedTask, { id: event.payload.taskId });
    if (!task) return;
    const { day } = eventTime(event.payload.at, event.occurredAt);
    if (
      task.status === SupervisedTaskStatus.APPROVED ||
      task.status === SupervisedTaskStatus.REJECTED
    ) {
      task.status = SupervisedTaskStatus.CANCELLED;
    }
    await close(em, context, task, SupervisedTaskStatus.CANCELLED, day);
    await refreshTask(em, context, task);
  },

  // The joint approval refused a sign-off whose signer or seal was revoked first: the task is
  // open again, as in approvals and the department, and the attempt is a violation.
  async 'approvals.sign-off.refused'(event, em, context) {
    const p = event.payload;
    const task = await em.findOne(SupervisedTask, { id: p.taskId });
    if (!task) return;
    if (task.status === SupervisedTaskStatus.APPROVED) {
      task.status = SupervisedTaskStatus.OPEN;
      task.decidedAt = null;
      task.decidedBy = null;
      task.closedOn = null;
      task.usedDays = null;
    }
    await recordViolation(em, event, {
      kind:
        p.reason === 'SEAL_REVOKED'
          ? ViolationKind.SIGN_WITH_REVOKED_SEAL
          : p.reason === 'SIGNER_PERMIT_INVALID'
            ? ViolationKind.ACT_WITHOUT_PERMIT
            : ViolationKind.SIGN_BY_UNAUTHORIZED,
      subjectKey: `${task.id}:sign-off:${(p.serials ?? []).join(',')}`,
      caseId: task.caseId,
      taskId: task.id,
      departmentCode: task.departmentCode,
      person: p.signedBy ?? null,
      judgedAgainst: { refusedBy: 'approvals', reason: p.reason },
    });
    await refreshTask(em, context, task);
  },

  // The pause ends when the applicant supplies or the department resumes, whichever is first:
  // a department cannot keep its clock stopped once it has what it asked for.
  async 'approvals.supplement.supplied'(event, em, context) {
    const task = await em.findOne(SupervisedTask, { id: event.payload.taskId });
    if (!task) return;
    const { day } = eventTime(event.payload.at, event.occurredAt);
    await setPaused(em, context, task, false, day);
    await refreshTask(em, context, task);
  },

  'department.task.accepted': departmentStep('accept', async (_e, _em, _c, { task, at }) => {
    task.acceptedAt ??= at;
  }),

  'department.task.reviewed': departmentStep('review', async (_e, _em, _c, { task, at, by }) => {
    task.reviewedAt ??= at;
    task.reviewedBy ??= by;
  }),

  'department.task.meeting-recorded': departmentStep(
    'meeting',
    async (_e, _em, _c, { task, at }) => {
      task.meetingAt ??= at;
    },
  ),

  'department.task.supplement-requested': departmentStep(
    'supplement',
    async (event, em, context, { task, day }) => {
      const [added] = await sql(
        em,
        `insert into supplement_request (event_position, task_id, department_code, requested_on)
         values (?, ?, ?, ?) on conflict do nothing returning event_position`,
        [event.position, task.id, task.departmentCode, day],
      );
      if (added) task.supplements += 1;
      await setPaused(em, context, task, true, day);
    },
  ),

  'department.task.resumed': departmentStep('resume', async (_e, em, context, { task, day }) => {
    await setPaused(em, context, task, false, day);
  }),

  'department.task.returned': departmentStep('return', async (_e, _em, _c, { task }) => {
    task.reviewedAt = null;
    task.reviewedBy = null;
  }),

  'department.task.rejected': departmentStep(
    'reject',
    async (event, em, context, { task, at, day, by }) => {
      await judgeRejection(em, event, task);
      task.decidedAt ??= at;
      task.decidedBy ??= by;
      await close(em, context, task, SupervisedTaskStatus.REJECTED, day);
    },
  ),

  'department.task.approved': departmentStep(
    'sign',
    async (event, em, context, { task, at, day, by }) => {
      if (task.status === SupervisedTaskStatus.OPEN && by)
        await judgeSign(em, event, task, { by, at });
      // The fees charged with the sign-off: each must be an approved fee catalog entry (the
      // department checked them against the case's assessment before it signed).
      await judgeFees(em, event, {
        charges: event.payload.fees ?? [],
        assessed: null,
        subjectKey: (fee) => `task:${task.id}:${fee.itemCode}:${fee.feeCode}`,
        caseId: task.caseId,
        taskId: task.id,
        departmentCode: task.departmentCode,
        person: by,
      });
      task.decidedAt ??= at;
      task.decidedBy ??= by;
      await close(em, context, task, SupervisedTaskStatus.APPROVED, day);
    },
  ),
};
