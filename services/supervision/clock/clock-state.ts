import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../../kit';
import { WarningLevel } from './warning-level';

/**
 * The clock of a case or a task, as stored: the same columns on both tables. Time limits count
 * working days after `openedOn`; days in a supplement pause do not count (`pausedDays` for
 * finished pauses, `pausedSince` for the one running).
 */
export interface ClockState {
  openedOn: string | null;
  limitDays: number | null;
  deadlineOn: string | null;
  pausedDays: number;
  pausedSince: string | null;
  closedOn: string | null;
  usedDays: number | null;
  level: WarningLevel;
  yellowOn: string | null;
  redOn: string | null;
}

export interface ClockReading {
  used: number;
  left: number;
  limit: number;
  paused: boolean;
  pausedDays: number;
  /** The deadline moved by the working days spent paused so far. */
  effectiveDeadlineOn: string;
  level: WarningLevel;
}

const minDate = (a: string, b: string | null) => (b !== null && b < a ? b : a);

export function levelOf(used: number, limit: number, yellowThreshold: number): WarningLevel {
  if (used > limit) return WarningLevel.RED;
  if (limit - used <= yellowThreshold) return WarningLevel.YELLOW;
  return WarningLevel.GREEN;
}

/** Working days counted by `day`: the clock stands still while paused and after it closed. */
export function usedOn(calendar: WorkingCalendar, clock: ClockState, day: string): number {
  if (clock.openedOn === null) return 0;
  const until = minDate(minDate(day, clock.pausedSince), clock.closedOn);
  return Math.max(0, workingDaysBetween(calendar, clock.openedOn, until) - clock.pausedDays);
}

export function readClock(
  calendar: WorkingCalendar,
  clock: ClockState,
  today: string,
  yellowThreshold: number,
): ClockReading | null {
  if (clock.openedOn === null || clock.limitDays === null || clock.deadlineOn === null) return null;
  const used = usedOn(calendar, clock, today);
  const pausing = clock.pausedSince
    ? workingDaysBetween(calendar, clock.pausedSince, minDate(today, clock.closedOn))
    : 0;
  const pausedDays = clock.pausedDays + Math.max(0, pausing);
  return {
    used,
    left: clock.limitDays - used,
    limit: clock.limitDays,
    paused: clock.pausedSince !== null && clock.closedOn === null,
    pausedDays,
    effectiveDeadlineOn: addWorkingDays(calendar, clock.deadlineOn, pausedDays),
    level: levelOf(used, clock.limitDays, yellowThreshold),
  };
}

/**
 * The days a running clock turns yellow and red, so the periodic check finds due clocks by index
 * instead of reading every open one. Null while paused or closed: such a clock cannot move.
 */
export function dueDates(
  calendar: WorkingCalendar,
  clock: ClockState,
  yellowThreshold: number,
): { yellowOn: string | null; redOn: string | null } {
  if (clock.openedOn === null || clock.limitDays === null || clock.pausedSince || clock.closedOn) {
    return { yellowOn: null, redOn: null };
  }
  // After the last pause, used(d) = workingDaysBetween(opened, d) - pausedDays.
  const dayWhenUsed = (used: number) =>
    addWorkingDays(calendar, clock.openedOn!, Math.max(0, used) + clock.pausedDays);
  return {
    yellowOn: dayWhenUsed(clock.limitDays - yellowThreshold),
    redOn: dayWhenUsed(clock.limitDays + 1),
  };
}
