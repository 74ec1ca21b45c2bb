import { workingDaysBetween, type WorkingCalendar } from '../../kit';
import { usedOn, type ClockState } from './clock-state';

/** What events do to a clock. Each is safe to apply twice: a redelivered event changes nothing. */
export function openClock(
  calendar: WorkingCalendar,
  clock: ClockState,
  openedOn: string,
  deadlineOn: string,
): void {
  if (clock.openedOn !== null) return;
  clock.openedOn = openedOn;
  clock.deadlineOn = deadlineOn;
  clock.limitDays = Math.max(0, workingDaysBetween(calendar, openedOn, deadlineOn));
}

export function pauseClock(clock: ClockState, day: string): void {
  if (clock.pausedSince !== null || clock.closedOn !== null) return;
  clock.pausedSince = day;
}

export function resumeClock(calendar: WorkingCalendar, clock: ClockState, day: string): void {
  if (clock.pausedSince === null || clock.closedOn !== null) return;
  clock.pausedDays += Math.max(0, workingDaysBetween(calendar, clock.pausedSince, day));
  clock.pausedSince = null;
}

export function closeClock(calendar: WorkingCalendar, clock: ClockState, day: string): void {
  if (clock.closedOn !== null) return;
  // Closing during a pause: the pause lasts until the close, so the count stays frozen.
  resumeClock(calendar, clock, day);
  clock.closedOn = day;
  clock.usedDays = clock.openedOn === null ? null : usedOn(calendar, clock, day);
}
