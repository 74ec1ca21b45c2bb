import type { WorkingCalendar } from './working-calendar';
import { addWorkingDays, workingDaysBetween } from './working-days';

/**
 * A clock stopped for a supplement runs again: the deadline moves on by the working days it stood
 * still, counted from the day it paused to the day it resumes. Approvals' task and the
 * department's own copy of it both move by this.
 */
export function resumeDeadline(
  calendar: WorkingCalendar,
  clock: { deadlineOn: string; pausedSince: Date | null },
  at: Date,
): { pausedDays: number; deadlineOn: string } {
  const pausedDays = clock.pausedSince
    ? Math.max(0, workingDaysBetween(calendar, clock.pausedSince, at))
    : 0;
  return { pausedDays, deadlineOn: addWorkingDays(calendar, clock.deadlineOn, pausedDays) };
}
