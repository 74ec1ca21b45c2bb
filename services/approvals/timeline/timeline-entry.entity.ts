import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimelineKind } from './timeline-kind';

@ObjectType({ description: 'One thing that happened to a case or one of its tasks.' })
@Entity({ tableName: 'timeline_entry' })
export class TimelineEntry {
  @Field(() => ID, { description: 'Opaque id of the entry.' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;

  @Property({ type: 'string', nullable: true })
  departmentCode: string | null = null;

  @Field(() => TimelineKind, { description: 'What happened.' })
  @Property({ type: 'string' })
  kind!: TimelineKind;

  @Field({ description: 'When it happened.' })
  @Property({ type: 'Date' })
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Stable id of the person who acted; null when the hub acted on its own.',
  })
  @Property({ type: 'string', nullable: true })
  by: string | null = null;

  @Field({ description: 'What happened, in words.' })
  @Property({ type: 'string' })
  summary!: string;
}
