import { ObjectType } from 'type-graphql';
import {
  addWorkingDays,
  clock,
  type WorkingCalendar,
  WorkingDaysClock,
  workingDaysBetween,
} from '../../kit';

@ObjectType({ description: 'A time limit in working days, and how much of it is used.' })
export class Clock extends WorkingDaysClock {}

export interface ClockInput {
  limitDays: number;
  startedAt: Date;
  /** The deadline as last fixed (at opening, or after the last pause). */
  deadlineOn: string;
  pausedDays: number;
  pausedSince: Date | null;
  stoppedAt: Date | null;
}

/** Reads a clock at `now`: stopped clocks (decided tasks, closed cases) read at their stop. */
export function readClock(calendar: WorkingCalendar, input: ClockInput, now = clock.now()): Clock {
  const end = input.stoppedAt ?? now;
  const ongoing = input.pausedSince
    ? Math.max(0, workingDaysBetween(calendar, input.pausedSince, end))
    : 0;
  const pausedDays = input.pausedDays + ongoing;
  const usedDays = Math.max(0, workingDaysBetween(calendar, input.startedAt, end) - pausedDays);
  const leftDays = input.limitDays - usedDays;
  return {
    limitDays: input.limitDays,
    usedDays,
    leftDays,
    pausedDays,
    paused: input.pausedSince !== null && input.stoppedAt === null,
    deadlineOn: ongoing ? addWorkingDays(calendar, input.deadlineOn, ongoing) : input.deadlineOn,
    overdue: leftDays < 0,
  };
}
