import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, loadCalendar, localDate, type WorkingCalendar } from '../../kit';
import { yellowThreshold } from '../settings/yellow-threshold';

/** What reading a clock needs: the calendar, the yellow threshold and today. */
export interface ClockContext {
  calendar: WorkingCalendar;
  yellowThreshold: number;
  now: Date;
  today: string;
}

export async function loadClockContext(
  em: EntityManager,
  now = clock.now(),
): Promise<ClockContext> {
  const calendar = await loadCalendar(em);
  return {
    calendar,
    yellowThreshold: await yellowThreshold(em),
    now,
    today: localDate(now, calendar.timeZone),
  };
}
