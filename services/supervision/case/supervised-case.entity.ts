import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Clocked } from '../clock/clocked.entity';
import { CaseChannel, CaseStatus } from '../../kit';

@ObjectType({ description: 'A case as supervision sees it: status, departments and its clock.' })
@Entity({ tableName: 'supervised_case' })
export class SupervisedCase extends Clocked {
  @Field(() => ID, { description: 'Id of the case (the same as in approvals).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Case number, e.g. `OS-2026-000123`.' })
  @Property({ type: 'string' })
  reference!: string;

  @Field(() => ID, { description: 'The applicant the case is for.' })
  @Property({ type: 'string' })
  applicantId!: string;

  @Field({ description: 'Code of the bundle or item applied for.' })
  @Property({ type: 'string' })
  subjectCode!: string;

  @Field(() => CaseChannel, { description: 'How the case came in.' })
  @Property({ type: 'string' })
  channel!: CaseChannel;

  @Field(() => CaseStatus, { description: 'Where the case stands.' })
  @Property({ type: 'string' })
  status: CaseStatus = CaseStatus.SUBMITTED;

  @Field(() => [String], { description: 'Codes of the departments the case needs.' })
  @Property({ type: 'string[]' })
  departmentCodes: string[] = [];

  @Field({ description: 'When it was submitted.' })
  @Property({ type: 'Date' })
  submittedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted; its clock starts.' })
  @Property({ type: 'Date', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was completed, rejected or withdrawn.',
  })
  @Property({ type: 'Date', nullable: true })
  finishedAt: Date | null = null;

  /** How many of its tasks wait for a supplement: the case clock stands while any does. */
  @Property({ type: 'integer' })
  pausedTasks = 0;
}
