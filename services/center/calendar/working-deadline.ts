import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CalendarRangeError,
  addWorkingDays,
  badInput,
  loadCalendar,
  workingDaysBetween,
} from '../../kit';
import { calendarTable, checkDay } from './calendar-year';

/** The deadline of a time limit: `workingDays` working days after `start` (not counted). */
export async function workingDeadline(
  em: EntityManager,
  start: string,
  workingDays: number,
): Promise<string> {
  checkDay(start, 'start');
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > 1000) {
    throw badInput('workingDays is a whole number from 0 to 1000.');
  }
  const calendar = await loadCalendar(em, calendarTable);
  try {
    return addWorkingDays(calendar, start, workingDays);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw badInput(error.message, { start, workingDays });
    throw error;
  }
}

/** Working days elapsed after `from` up to and including `to`. */
export async function countWorkingDays(
  em: EntityManager,
  from: string,
  to: string,
): Promise<number> {
  checkDay(from, 'from');
  checkDay(to, 'to');
  return workingDaysBetween(await loadCalendar(em, calendarTable), from, to);
}
