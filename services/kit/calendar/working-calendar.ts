/**
 * The working-day calendar as a plain value: Monday to Friday are working days, except the
 * holidays; the make-up working days are working days although they fall on a weekend. Dates are
 * ISO calendar dates (`2026-10-08`) in the center's time zone, so no clock or zone can shift them.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  makeUpWorkingDays: ReadonlySet<string>;
  /** Where the service center is: instants are turned into dates there. */
  timeZone: string;
}

export type CalendarDayKind = 'HOLIDAY' | 'MAKE_UP_WORKING_DAY';

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export const centerTimeZone = 'Asia/Shanghai';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function calendarFromDays(
  days: Iterable<Pick<CalendarDay, 'date' | 'kind'>>,
  timeZone = centerTimeZone,
): WorkingCalendar {
  const holidays = new Set<string>();
  const makeUpWorkingDays = new Set<string>();
  for (const day of days) {
    (day.kind === 'HOLIDAY' ? holidays : makeUpWorkingDays).add(day.date);
  }
  return { holidays, makeUpWorkingDays, timeZone };
}

/** The calendar date an instant falls on in `timeZone`, as `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone = centerTimeZone): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Accepts an ISO date or an instant (read in the calendar's time zone). */
export function toCalendarDate(calendar: WorkingCalendar, day: string | Date): string {
  if (day instanceof Date) return localDate(day, calendar.timeZone);
  if (!isoDate.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new RangeError(`${day} is not a date of the form YYYY-MM-DD.`);
  }
  return day;
}

export function isValidIsoDate(day: string): boolean {
  if (!isoDate.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  if (calendar.makeUpWorkingDays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The ISO date `days` calendar days after `day`. */
export function shiftDate(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
