import type { EntityManager } from '@mikro-orm/postgresql';
import { localDate, sql, type WorkingCalendar } from '../../kit';

/** The years the center has entered in its calendar (holidays and make-up days announced). */
export async function enteredYears(em: EntityManager): Promise<Set<number>> {
  const rows = await sql<{ year: number }>(em, 'select year from calendar_year');
  return new Set(rows.map((row) => Number(row.year)));
}

export async function recordEnteredYear(em: EntityManager, year: number): Promise<void> {
  await sql(em, 'insert into calendar_year (year) values (?) on conflict (year) do nothing', [
    year,
  ]);
}

/**
 * The first year from `start` to `deadlineOn` the center has not entered, or null. A deadline
 * counted over such a year would treat its holidays as working days (2027-01-01 counted as a
 * working day), so the hub does not count over it.
 */
export function firstMissingYear(
  calendar: WorkingCalendar,
  years: ReadonlySet<number>,
  start: Date,
  deadlineOn: string,
): number | null {
  const from = Number(localDate(start, calendar.timeZone).slice(0, 4));
  const to = Number(deadlineOn.slice(0, 4));
  for (let year = from; year <= to; year += 1) if (!years.has(year)) return year;
  return null;
}
