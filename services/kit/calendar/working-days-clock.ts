import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarDate } from '../schema/calendar-date';

/**
 * A time limit in working days as every subgraph shows it: a case's and a task's `Clock` in
 * approvals and supervision's `ClockReading` extend it, so one concept has one shape. Not a type
 * of its own in the schema: no field returns it, so only the types that extend it are emitted.
 */
@ObjectType()
export abstract class WorkingDaysClock {
  @Field(() => Int, { description: 'The time limit, in working days.' })
  limitDays!: number;

  @Field(() => Int, { description: 'Working days used so far, paused days not counted.' })
  usedDays!: number;

  @Field(() => Int, { description: 'Working days left; negative once the limit is passed.' })
  leftDays!: number;

  @Field(() => Int, { description: 'Working days the clock stood still for supplements.' })
  pausedDays!: number;

  @Field({ description: 'Whether the clock stands still now, waiting for a supplement.' })
  paused!: boolean;

  @Field(() => CalendarDate, {
    description: 'Last working day of the limit (`YYYY-MM-DD`), moved by the paused days.',
  })
  deadlineOn!: string;

  @Field({ description: 'Whether the limit is passed.' })
  overdue!: boolean;
}
