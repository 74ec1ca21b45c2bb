import { isWorkingDay, shiftDate, toCalendarDate, type WorkingCalendar } from './working-calendar';

/**
 * The deadline of a time limit of `n` working days that starts on `start`: the n-th working day
 * after it (the start day itself is not counted, as time limits run from the day after
 * acceptance). With n = 0 the deadline is the start day.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: string | Date, n: number): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`A time limit is a whole number of working days, not ${n}.`);
  }
  let day = toCalendarDate(calendar, start);
  for (let left = n; left > 0;) {
    day = shiftDate(day, 1);
    if (isWorkingDay(calendar, day)) left -= 1;
  }
  return day;
}

/**
 * Working days elapsed from `from` to `to`: the working days after `from` up to and including
 * `to`, so `workingDaysBetween(c, d, addWorkingDays(c, d, n)) === n`. Negative when `to` is
 * earlier than `from`.
 */
export function workingDaysBetween(
  calendar: WorkingCalendar,
  from: string | Date,
  to: string | Date,
): number {
  const start = toCalendarDate(calendar, from);
  const end = toCalendarDate(calendar, to);
  if (end < start) return -workingDaysBetween(calendar, end, start);
  let count = 0;
  for (let day = shiftDate(start, 1); day <= end; day = shiftDate(day, 1)) {
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}
