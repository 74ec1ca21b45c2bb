import { CalendarDate } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WarningLevel } from '../clock/warning-level';
import { ClockSubjectKind } from './clock-subject-kind';

@ObjectType({
  description: 'A yellow or red card: a clock reached that level. Recorded once per level.',
})
@Entity({ tableName: 'clock_warning' })
export class ClockWarning {
  @Field(() => ID, { description: 'Opaque id of the warning.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ClockSubjectKind, {
    description: 'Whether a case, a task or a committed material reached the level.',
  })
  @Property({ type: 'string' })
  subjectKind!: ClockSubjectKind;

  @Field(() => ID, { description: 'Id of the case, task or commitment clock.' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => ID, { description: 'The case concerned.' })
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'The department, for a task warning.' })
  @Property({ type: 'string', nullable: true })
  departmentCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The committed material, for a commitment warning; null otherwise.',
  })
  @Property({ type: 'string', nullable: true })
  materialTypeCode!: string | null;

  @Field(() => WarningLevel, { description: 'YELLOW or RED.' })
  @Property({ type: 'string' })
  level!: WarningLevel;

  @Field(() => Int, { description: 'Working days used when it was raised.' })
  @Property({ type: 'integer' })
  workingDaysUsed!: number;

  @Field(() => Int, { description: 'Working days left when it was raised (negative: overdue).' })
  @Property({ type: 'integer' })
  workingDaysLeft!: number;

  @Field(() => CalendarDate, {
    description: 'The deadline as it stood then, pauses included (YYYY-MM-DD).',
  })
  @Property({ type: 'date' })
  deadlineOn!: string;

  @Field({ description: 'When it was raised.' })
  @Property({ type: 'Date' })
  raisedAt!: Date;

  @Property({ type: 'date' })
  raisedOn!: string;
}
