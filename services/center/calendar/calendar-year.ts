import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { badInput, firstSupportedDate, isValidIsoDate, lastSupportedDate } from '../../kit';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity';

/** The center's own calendar table (other subgraphs keep a replica of it). */
export const calendarTable = 'calendar_day';

@ObjectType({ description: "One year of the center's working-day calendar." })
export class CalendarYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [CalendarDay], { description: 'Public holidays of the year, by date.' })
  holidays!: CalendarDay[];

  @Field(() => [CalendarDay], { description: 'Make-up working days of the year, by date.' })
  makeUpWorkingDays!: CalendarDay[];
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badInput('year is a calendar year.', { year });
  }
}

export function checkDay(value: string, name: string): void {
  if (!isValidIsoDate(value)) {
    throw badInput(
      `${name} is not a date (YYYY-MM-DD) from ${firstSupportedDate} to ${lastSupportedDate}.`,
      { [name]: value },
    );
  }
}

/** The holidays and make-up working days of one year, by date. */
export async function calendarYear(em: EntityManager, year: number): Promise<CalendarYear> {
  const days = await em.find(
    CalendarDay,
    { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
    { orderBy: { date: 'asc' } },
  );
  return {
    year,
    holidays: days.filter((day) => day.kind === CalendarDayKind.HOLIDAY),
    makeUpWorkingDays: days.filter((day) => day.kind === CalendarDayKind.MAKE_UP_WORKING_DAY),
  };
}
