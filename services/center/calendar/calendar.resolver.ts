import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import {
  CalendarRangeError,
  Role,
  addWorkingDays,
  badInput,
  calendarChangedTopic,
  firstSupportedDate,
  lastSupportedDate,
  isValidIsoDate,
  loadCalendar,
  publishEvent,
  replaceCalendarYear,
  workingDaysBetween,
  type CalendarChangedPayload,
  type RequestContext,
} from '../../kit';
import { CalendarDay, CalendarDayInput, CalendarDayKind } from './calendar-day.entity';

const table = 'calendar_day';

@ObjectType({ description: "One year of the center's working-day calendar." })
export class CalendarYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [CalendarDay], { description: 'Public holidays of the year, by date.' })
  holidays!: CalendarDay[];

  @Field(() => [CalendarDay], { description: 'Make-up working days of the year, by date.' })
  makeUpWorkingDays!: CalendarDay[];
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badInput('year is a calendar year.', { year });
  }
}

function checkDay(value: string, name: string): void {
  if (!isValidIsoDate(value)) {
    throw badInput(
      `${name} is not a date (YYYY-MM-DD) from ${firstSupportedDate} to ${lastSupportedDate}.`,
      { [name]: value },
    );
  }
}

async function calendarYear(em: RequestContext['em'], year: number): Promise<CalendarYear> {
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

  @Query(() => String, {
    description:
      'The deadline of a time limit: the given number of working days after the start day.',
  })
  async workingDeadline(
    @Arg('start', { description: 'The day the clock starts (ISO date), not counted.' })
    start: string,
    @Arg('workingDays', () => Int, { description: 'The time limit in working days.' })
    workingDays: number,
    @Ctx() { em }: RequestContext,
  ): Promise<string> {
    checkDay(start, 'start');
    if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > 1000) {
      throw badInput('workingDays is a whole number from 0 to 1000.');
    }
    const calendar = await loadCalendar(em, table);
    try {
      return addWorkingDays(calendar, start, workingDays);
    } catch (error) {
      if (error instanceof CalendarRangeError)
        throw badInput(error.message, { start, workingDays });
      throw error;
    }
  }

  @Query(() => Int, {
    description: 'Working days elapsed after one day up to and including another.',
  })
  async workingDaysBetween(
    @Arg('from', { description: 'The first day (ISO date), not counted.' }) from: string,
    @Arg('to', { description: 'The last day (ISO date), counted.' }) to: string,
    @Ctx() { em }: RequestContext,
  ): Promise<number> {
    checkDay(from, 'from');
    checkDay(to, 'to');
    return workingDaysBetween(await loadCalendar(em, table), from, to);
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
    checkYear(year);
    for (const day of days) {
      checkDay(day.date, 'date');
      if (!day.date.startsWith(`${year}-`)) throw badInput(`${day.date} is not in ${year}.`);
      if (!day.name.trim()) throw badInput(`Name the holiday of ${day.date}.`);
      const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
      if (day.kind === CalendarDayKind.MAKE_UP_WORKING_DAY && weekday !== 0 && weekday !== 6) {
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
      await tx
        .getConnection()
        .execute(
          `select pg_advisory_xact_lock(hashtext('center.calendar'))`,
          [],
          'all',
          tx.getTransactionContext(),
        );
      await replaceCalendarYear(tx, table, payload);
      await publishEvent(tx, { topic: calendarChangedTopic, key: String(year), payload });
      return calendarYear(tx, year);
    });
  }
}
