import {
  CalendarRangeError,
  dateOfDayNumber,
  dayNumber,
  lastSupportedDate,
  toCalendarDate,
  type WorkingCalendar,
} from './working-calendar';

/**
 * The calendar's exceptions as sorted day numbers, so that counting working days over any span
 * is a formula plus two binary searches instead of a walk over every day: a request can ask
 * about any supported dates and the cost stays the same.
 */
interface CalendarIndex {
  /** Holidays falling Monday to Friday (a holiday on a weekend changes nothing). */
  lostWeekdays: number[];
  /** Make-up working days falling on a weekend. */
  extraWeekendDays: number[];
}

const indexes = new WeakMap<WorkingCalendar, CalendarIndex>();

const isWeekend = (days: number) => {
  const weekday = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
  return weekday === 0 || weekday === 6;
};

function indexOf(calendar: WorkingCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (!index) {
    const sorted = (days: Iterable<string>, keep: (day: number) => boolean) =>
      [...days]
        .map(dayNumber)
        .filter(keep)
        .sort((a, b) => a - b);
    index = {
      lostWeekdays: sorted(
        [...calendar.holidays].filter((day) => !calendar.makeUpWorkingDays.has(day)),
        (day) => !isWeekend(day),
      ),
      extraWeekendDays: sorted(calendar.makeUpWorkingDays, isWeekend),
    };
    indexes.set(calendar, index);
  }
  return index;
}

/** How many of the sorted `days` are at most `day`. */
function countUpTo(days: number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle] <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Monday 1969-12-29: weeks counted from a Monday have their five weekdays first.
const mondayBeforeEpoch = -3;

/** Monday-to-Friday days before `day`, counted from a fixed Monday (differences are what count). */
function weekdaysBefore(day: number): number {
  const offset = day - mondayBeforeEpoch;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** Working days in (from, to], by day numbers, with from <= to. */
function workingDaysAfter(index: CalendarIndex, from: number, to: number): number {
  return (
    weekdaysBefore(to + 1) -
    weekdaysBefore(from + 1) -
    (countUpTo(index.lostWeekdays, to) - countUpTo(index.lostWeekdays, from)) +
    (countUpTo(index.extraWeekendDays, to) - countUpTo(index.extraWeekendDays, from))
  );
}

/**
 * The deadline of a time limit of `n` working days that starts on `start`: the n-th working day
 * after it (the start day itself is not counted, as time limits run from the day after
 * acceptance). With n = 0 the deadline is the start day.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: string | Date, n: number): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`A time limit is a whole number of working days, not ${n}.`);
  }
  const first = dayNumber(toCalendarDate(calendar, start));
  if (n === 0) return dateOfDayNumber(first);
  const index = indexOf(calendar);
  const last = dayNumber(lastSupportedDate);
  if (workingDaysAfter(index, first, last) < n) {
    throw new CalendarRangeError(
      `${n} working days after ${dateOfDayNumber(first)} run past ${lastSupportedDate}, the last date the hub handles.`,
    );
  }
  // The smallest day by which n working days have elapsed: the count only grows with the day.
  let low = first + 1;
  let high = last;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (workingDaysAfter(index, first, middle) >= n) high = middle;
    else low = middle + 1;
  }
  return dateOfDayNumber(low);
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
  const start = dayNumber(toCalendarDate(calendar, from));
  const end = dayNumber(toCalendarDate(calendar, to));
  const index = indexOf(calendar);
  return end < start ? -workingDaysAfter(index, end, start) : workingDaysAfter(index, start, end);
}
