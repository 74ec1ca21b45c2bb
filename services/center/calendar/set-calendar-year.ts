import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  calendarChangedTopic,
  isWeekend,
  publishEvent,
  replaceCalendarYear,
  sql,
  type CalendarChangedPayload,
} from '../../kit';
import { CalendarDayKind, type CalendarDayInput } from './calendar-day.entity';
import {
  calendarTable,
  calendarYear,
  checkDay,
  checkYear,
  type CalendarYear,
} from './calendar-year';

/**
 * Sets one year's holidays and make-up working days, replacing what was there; every subgraph's
 * clock follows the event.
 */
export function setCalendarYear(
  em: EntityManager,
  year: number,
  days: CalendarDayInput[],
): Promise<CalendarYear> {
  checkYear(year);
  for (const day of days) {
    checkDay(day.date, 'date');
    if (!day.date.startsWith(`${year}-`)) throw badInput(`${day.date} is not in ${year}.`);
    if (!day.name.trim()) throw badInput(`Name the holiday of ${day.date}.`);
    if (day.kind === CalendarDayKind.MAKE_UP_WORKING_DAY && !isWeekend(day.date)) {
      throw badInput(`${day.date} is a weekday: only a weekend day can be made up.`);
    }
  }
  if (new Set(days.map((day) => day.date)).size !== days.length) {
    throw badInput('Each day appears once.');
  }
  const payload: CalendarChangedPayload = {
    year,
    days: [...days]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((day) => ({ date: day.date, kind: day.kind, name: day.name.trim() })),
  };
  return em.transactional(async (tx) => {
    // Two admins saving the same year one after the other, not interleaved.
    await sql(tx, `select pg_advisory_xact_lock(hashtext('center.calendar'))`);
    await replaceCalendarYear(tx, calendarTable, payload);
    await publishEvent(tx, { topic: calendarChangedTopic, key: String(year), payload });
    return calendarYear(tx, year);
  });
}
