import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Clocked } from '../clock/clocked.entity';
import { SupervisedTaskStatus } from './supervised-task-status';

@ObjectType({ description: "One department's task on a case, with its steps and clock." })
@Entity({ tableName: 'supervised_task' })
export class SupervisedTask extends Clocked {
  @Field(() => ID, { description: 'Id of the task (the same as in approvals).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'The case the task belongs to.' })
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'Code of the department doing the task.' })
  @Property({ type: 'string' })
  departmentCode!: string;

  @Field(() => [String], { description: 'Codes of the items the department decides on.' })
  @Property({ type: 'string[]' })
  itemCodes: string[] = [];

  @Field(() => Boolean, {
    description: 'Whether an item of the task was published with a review step before sign-off.',
  })
  @Property({ type: 'boolean' })
  reviewRequired: boolean = true;

  @Field(() => SupervisedTaskStatus, { description: 'Where the task stands.' })
  @Property({ type: 'string' })
  status: SupervisedTaskStatus = SupervisedTaskStatus.OPEN;

  @Field({ description: 'When the task was opened.' })
  @Property({ type: 'Date' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the department accepted it.' })
  @Property({ type: 'Date', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When a reviewer reviewed it.' })
  @Property({ type: 'Date', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who reviewed it.' })
  @Property({ type: 'string', nullable: true })
  reviewedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When its meeting was recorded.' })
  @Property({ type: 'Date', nullable: true })
  meetingAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected.' })
  @Property({ type: 'Date', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it.' })
  @Property({ type: 'string', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Int, { description: 'How many supplements the department requested.' })
  @Property({ type: 'integer' })
  supplements = 0;
}
