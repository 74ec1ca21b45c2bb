import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WarningLevel } from '../clock/warning-level';
import { ClockSubjectKind } from '../warning/clock-subject-kind';

@ObjectType({ description: 'A yellow or red card, as it is raised.' })
export class WarningUpdate {
  @Field(() => ID, { description: 'Id of the warning.' })
  warningId!: string;

  @Field(() => ClockSubjectKind, { description: 'Whether a case or a task reached the level.' })
  subjectKind!: ClockSubjectKind;

  @Field(() => ID, { description: 'Id of the case or task.' })
  subjectId!: string;

  @Field(() => ID, { description: 'The case concerned.' })
  caseId!: string;

  @Field({ description: 'Case number.' })
  caseReference!: string;

  @Field(() => String, { nullable: true, description: 'The department, for a task warning.' })
  departmentCode!: string | null;

  @Field(() => WarningLevel, { description: 'YELLOW or RED.' })
  level!: WarningLevel;

  @Field(() => Int, { description: 'Working days left when raised (negative: overdue).' })
  workingDaysLeft!: number;

  @Field({ description: 'When it was raised.' })
  at!: Date;
}
