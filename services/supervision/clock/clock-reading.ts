import { WorkingDaysClock } from '../../kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { WarningLevel } from './warning-level';

/**
 * The working-days clock every subgraph shows, plus the warning level supervision adds. The
 * former names stay, deprecated, for clients written against them.
 */
@ObjectType({ description: 'A time limit clock in working days, read now.' })
export class ClockReading extends WorkingDaysClock {
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
