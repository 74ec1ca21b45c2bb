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

/**
 * The dates the hub works with. Nothing it handles lies outside them, and a bound keeps every
 * date argument (and so every span of days) small: far-end dates such as 9999-12-31 are
 * refused instead of being counted through.
 */
export const firstSupportedDate = '2000-01-01';
export const lastSupportedDate = '2100-12-31';

/** A date outside the supported years, or a working-day deadline that would run past them. */
export class CalendarRangeError extends RangeError {}

const millisecondsPerDay = 86_400_000;

/** Days since 1970-01-01 (UTC), so that date arithmetic is plain integer arithmetic. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / millisecondsPerDay;
}

export function dateOfDayNumber(days: number): string {
  return new Date(days * millisecondsPerDay).toISOString().slice(0, 10);
}

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

/** Accepts an ISO date or an instant (read in the calendar's time zone) of the supported years. */
export function toCalendarDate(calendar: WorkingCalendar, day: string | Date): string {
  const date = day instanceof Date ? localDate(day, calendar.timeZone) : day;
  if (!isoDate.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new RangeError(`${date} is not a date of the form YYYY-MM-DD.`);
  }
  if (!isSupportedDate(date)) {
    throw new CalendarRangeError(
      `${date} is outside the dates the hub handles (${firstSupportedDate} to ${lastSupportedDate}).`,
    );
  }
  return date;
}

export function isSupportedDate(day: string): boolean {
  return firstSupportedDate <= day && day <= lastSupportedDate;
}

/** `2026-02-28` is one; `2026-02-30`, `2026-2-28` and `2026-02-28T00:00:00Z` are not. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !isoDate.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A real calendar date of the form YYYY-MM-DD within the supported years. */
export function isValidIsoDate(day: string): boolean {
  return isCalendarDate(day) && isSupportedDate(day);
}

/** Saturday or Sunday (a date of the calendar, not an instant: no time zone). */
export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  if (calendar.makeUpWorkingDays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  return !isWeekend(day);
}
