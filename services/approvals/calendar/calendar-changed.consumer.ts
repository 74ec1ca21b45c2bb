import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addWorkingDays,
  calendarFromDays,
  loadCalendar,
  publishEvent,
  type CalendarChangedPayload,
  defineConsumer,
  type WorkingCalendar,
  clock,
} from '../../kit';
import { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { approvalsTopics } from '../../contracts';
import { commitmentLimitDays } from '../join/commitment-limit';
import { lockCase, tasksOf } from '../join/lock-case';
import { acceptCase } from '../join/prerequisites-checked.consumer';
import { closedTaskStatuses } from '../task/task-status';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { recordEnteredYear } from './entered-years';

/** The replica's calendar with one year replaced by the days the center announced for it. */
function calendarWithYear(
  replica: WorkingCalendar,
  { year, days }: CalendarChangedPayload,
): WorkingCalendar {
  const otherYears = (dates: ReadonlySet<string>) =>
    [...dates].filter((date) => !date.startsWith(`${year}-`));
  return calendarFromDays(
    [
      ...otherYears(replica.holidays).map((date) => ({ date, kind: 'HOLIDAY' as const })),
      ...otherYears(replica.makeUpWorkingDays).map((date) => ({
        date,
        kind: 'MAKE_UP_WORKING_DAY' as const,
      })),
      ...days,
    ],
    replica.timeZone,
  );
}

/** A deadline as the calendar now counts it: the limit from the start, plus the paused days. */
const deadlineOf = (
  calendar: WorkingCalendar,
  start: Date,
  limitDays: number,
  pausedDays: number,
) => addWorkingDays(calendar, addWorkingDays(calendar, start, limitDays), pausedDays);

/**
 * Recomputes a running case's deadlines over the calendar as it now stands, recording every
 * change on the case's timeline and announcing it, so supervision and the departments follow.
 */
async function recompute(tx: EntityManager, kase: Case, calendar: WorkingCalendar, at: Date) {
  const changes: string[] = [];
  const caseDeadline = deadlineOf(calendar, kase.acceptedAt!, kase.timeLimitDays, kase.pausedDays);
  if (caseDeadline !== kase.deadlineOn) {
    changes.push(`case ${kase.deadlineOn} -> ${caseDeadline}`);
    kase.deadlineOn = caseDeadline;
  }
  if (kase.commitmentDeadlineOn) {
    const limit = Math.min(commitmentLimitDays, kase.timeLimitDays);
    const commitmentDeadline = addWorkingDays(calendar, kase.acceptedAt!, limit);
    if (commitmentDeadline !== kase.commitmentDeadlineOn) {
      changes.push(`commitment ${kase.commitmentDeadlineOn} -> ${commitmentDeadline}`);
      kase.commitmentDeadlineOn = commitmentDeadline;
    }
  }
  const tasks = [];
  for (const task of await tasksOf(tx, kase.id)) {
    if (closedTaskStatuses.includes(task.status)) continue;
    const deadline = deadlineOf(calendar, task.openedAt, task.limitDays, task.pausedDays);
    if (deadline !== task.deadlineOn) {
      changes.push(`${task.departmentCode} ${task.deadlineOn} -> ${deadline}`);
      task.deadlineOn = deadline;
    }
    tasks.push({ taskId: task.id, departmentCode: task.departmentCode, deadlineOn: deadline });
  }
  if (changes.length === 0) return;
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.DEADLINE_RECOMPUTED,
    at,
    summary: `The center changed the calendar; deadlines recomputed: ${changes.join('; ')}.`,
  });
  await publishEvent(tx, {
    topic: approvalsTopics.deadlinesRecomputed,
    key: kase.id,
    payload: {
      caseId: kase.id,
      deadlineOn: kase.deadlineOn,
      commitmentDeadlineOn: kase.commitmentDeadlineOn,
      tasks,
      at: at.toISOString(),
    },
  });
}

/**
 * The center entered or changed a year. Reform rule (e-supervision: clocks in working days of
 * the calendar the center keeps): cases waiting for that year are accepted now, and every running
 * deadline that reaches into it is recomputed and the change recorded on the case.
 */
async function calendarChanged(payload: CalendarChangedPayload, em: EntityManager) {
  const { year } = payload;
  await recordEnteredYear(em, year);
  // The kit's consumer keeps the replica, maybe later than this one: count with the year as
  // the event gives it, whatever the replica holds of it yet.
  const calendar = calendarWithYear(await loadCalendar(em), payload);
  // The calendar event says no instant of its own: acceptance and recomputation happen now.
  const at = clock.now();
  const waiting = await em.find(
    Case,
    { status: CaseStatus.SUBMITTED, calendarWaitingYear: year },
    { fields: ['id'] },
  );
  for (const { id } of waiting) {
    const kase = await lockCase(em, id);
    if (kase?.status === CaseStatus.SUBMITTED && kase.calendarWaitingYear === year) {
      await acceptCase(em, kase, kase.commitmentMaterialTypeCodes, at, calendar);
    }
  }
  const running = await em.find(
    Case,
    { status: CaseStatus.IN_PROGRESS, deadlineOn: { $gte: `${year}-01-01` } },
    { fields: ['id'] },
  );
  for (const { id } of running) {
    const kase = await lockCase(em, id);
    if (kase?.status === CaseStatus.IN_PROGRESS && kase.acceptedAt) {
      await recompute(em, kase, calendar, at);
    }
  }
}

export const calendarChangedConsumer = defineConsumer({
  name: 'approvals.calendar-deadlines',
  topics: ['center.calendar.changed'],
  handle: (event, em) => calendarChanged(event.payload, em),
});
