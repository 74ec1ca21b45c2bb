import type { RequestContext } from '../../kit';
import type { ClockReading } from './clock-reading';
import { clockContextOf } from './clock-context.loader';
import { readClock, type ClockState } from './clock-state';

/** The `clock` field of cases and tasks alike. */
export async function clockField(
  state: ClockState,
  context: RequestContext,
): Promise<ClockReading | null> {
  const clock = await clockContextOf(context);
  const reading = readClock(clock.calendar, state, clock.today, clock.yellowThreshold);
  if (!reading) return null;
  return {
    limitDays: reading.limit,
    usedDays: reading.used,
    leftDays: reading.left,
    pausedDays: reading.pausedDays,
    paused: reading.paused,
    deadlineOn: reading.effectiveDeadlineOn,
    overdue: reading.left < 0,
    level: reading.level,
    workingDaysUsed: reading.used,
    workingDaysLeft: reading.left,
    pausedWorkingDays: reading.pausedDays,
  };
}
