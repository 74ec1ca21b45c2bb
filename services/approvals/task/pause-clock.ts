import type { EntityManager } from '@mikro-orm/postgresql';
import { loadCalendar, resumeDeadline } from '../../kit';
import type { Case } from '../case/case.entity';
import { tasksOf } from '../join/lock-case';
import type { Task } from './task.entity';

/** Ends a pause of a task's or the case's clock: its deadline moves by the paused working days. */
async function endPause(
  tx: EntityManager,
  clock: { pausedSince: Date | null; pausedDays: number; deadlineOn: string | null },
  at: Date,
): Promise<number> {
  if (!clock.pausedSince || !clock.deadlineOn) return 0;
  const { pausedDays, deadlineOn } = resumeDeadline(
    await loadCalendar(tx),
    { deadlineOn: clock.deadlineOn, pausedSince: clock.pausedSince },
    at,
  );
  clock.pausedDays += pausedDays;
  clock.deadlineOn = deadlineOn;
  clock.pausedSince = null;
  return pausedDays;
}

/**
 * Ends a task's supplement pause, and the case's when none of its other tasks waits (one clock
 * truth, e-supervision: the case stands still while any of its tasks waits). The pause ends when
 * the applicant supplies or the department resumes, whichever is first — supervision counts it
 * the same way — so a department cannot keep its clock stopped once it has what it asked for.
 * Returns the task's paused working days (0 when its pause had ended already).
 */
export async function endTaskPause(
  tx: EntityManager,
  kase: Case,
  task: Task,
  at: Date,
): Promise<number> {
  const paused = await endPause(tx, task, at);
  const others = (await tasksOf(tx, kase.id)).filter((other) => other.id !== task.id);
  if (!others.some((other) => other.pausedSince)) await endPause(tx, kase, at);
  return paused;
}
