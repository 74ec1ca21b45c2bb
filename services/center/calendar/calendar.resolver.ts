import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CalendarDate, type RequestContext, Role } from '../../kit';
import { CalendarDayInput } from './calendar-day.entity';
import { CalendarYear, calendarYear, checkYear } from './calendar-year';
import { setCalendarYear } from './set-calendar-year';
import { countWorkingDays, workingDeadline } from './working-deadline';

@Resolver()
export class CalendarResolver {
  @Query(() => CalendarYear, { description: 'Holidays and make-up working days of one year.' })
  calendar(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { em }: RequestContext,
  ) {
    checkYear(year);
    return calendarYear(em, year);
  }

  @Query(() => CalendarDate, {
    description:
      'The deadline of a time limit: the given number of working days after the start day.',
  })
  workingDeadline(
    @Arg('start', () => CalendarDate, {
      description: 'The day the clock starts (ISO date), not counted.',
    })
    start: string,
    @Arg('workingDays', () => Int, { description: 'The time limit in working days.' })
    workingDays: number,
    @Ctx() { em }: RequestContext,
  ): Promise<string> {
    return workingDeadline(em, start, workingDays);
  }

  @Query(() => Int, {
    description: 'Working days elapsed after one day up to and including another.',
  })
  workingDaysBetween(
    @Arg('from', () => CalendarDate, { description: 'The first day (ISO date), not counted.' })
    from: string,
    @Arg('to', () => CalendarDate, { description: 'The last day (ISO date), counted.' }) to: string,
    @Ctx() { em }: RequestContext,
  ): Promise<number> {
    return countWorkingDays(em, from, to);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => CalendarYear, {
    description:
      "Sets one year's holidays and make-up working days, replacing what was there; every subgraph's clock follows.",
  })
  setCalendarYear(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('days', () => [CalendarDayInput], { description: 'Every special day of the year.' })
    days: CalendarDayInput[],
    @Ctx() { em }: RequestContext,
  ): Promise<CalendarYear> {
    return setCalendarYear(em, year, days);
  }
}
