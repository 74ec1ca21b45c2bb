import { CalendarDate } from '../../kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { WarningLevel } from './warning-level';

/**
 * The fields a case's `Clock` has, under the same names, plus the warning level supervision
 * adds. The former names stay, deprecated, for clients written against them.
 */
@ObjectType({ description: 'A time limit clock in working days, read now.' })
export class ClockReading {
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

  @Field(() => WarningLevel, { description: 'Green, yellow or red, as of now.' })
  level!: WarningLevel;

  @Field(() => Int, {
    description: 'Working days counted so far (pauses excluded).',
    deprecationReason: 'Use `usedDays`, as on a case’s `Clock`.',
  })
  workingDaysUsed!: number;

  @Field(() => Int, {
    description: 'Working days left before the time limit; negative when overdue.',
    deprecationReason: 'Use `leftDays`, as on a case’s `Clock`.',
  })
  workingDaysLeft!: number;

  @Field(() => Int, {
    description: 'Working days spent paused for supplements.',
    deprecationReason: 'Use `pausedDays`, as on a case’s `Clock`.',
  })
  pausedWorkingDays!: number;
}
