import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What a bad rating opens for each department on the case; the department closes it with its response.',
})
@Entity({ tableName: 'follow_up' })
export class FollowUp {
  @Field(() => ID, { description: 'Opaque id of the follow-up.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'The case rated.' })
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'The department that must respond.' })
  @Property({ type: 'string' })
  departmentCode!: string;

  @Field(() => Int, { description: 'The score that opened it.' })
  @Property({ type: 'integer' })
  score!: number;

  @Field({ description: "The applicant's comment." })
  @Property({ type: 'string' })
  comment!: string;

  @Field({ description: 'When it was opened.' })
  @Property({ type: 'Date' })
  openedAt!: Date;

  @Field(() => String, { nullable: true, description: "The department's response." })
  @Property({ type: 'string', nullable: true })
  response: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who responded.' })
  @Property({ type: 'string', nullable: true })
  respondedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was closed; null while open.' })
  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;
}
