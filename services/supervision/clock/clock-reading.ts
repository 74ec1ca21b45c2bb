import { CalendarDate } from '../../kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { WarningLevel } from './warning-level';

@ObjectType({ description: 'A time limit clock in working days, read now.' })
export class ClockReading {
  @Field(() => Int, { description: 'Working days counted so far (pauses excluded).' })
  workingDaysUsed!: number;

  @Field(() => Int, {
    description: 'Working days left before the time limit; negative when overdue.',
  })
  workingDaysLeft!: number;

  @Field(() => Int, { description: 'The time limit in working days.' })
  limitDays!: number;

  @Field({ description: 'Whether the clock stands still for a supplement request now.' })
  paused!: boolean;

  @Field(() => Int, { description: 'Working days spent paused for supplements.' })
  pausedWorkingDays!: number;

  @Field(() => CalendarDate, {
    description: 'The deadline moved by the working days spent paused (YYYY-MM-DD).',
  })
  deadlineOn!: string;

  @Field(() => WarningLevel, { description: 'Green, yellow or red, as of now.' })
  level!: WarningLevel;
}
