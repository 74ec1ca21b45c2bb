import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { ViolationKind } from './violation-kind';

@ObjectType({ description: 'A violation card: one broken rule, recorded once, with its evidence.' })
@Entity({ tableName: 'violation' })
export class Violation {
  @Field(() => ID, { description: 'Opaque id of the violation.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ViolationKind, { description: 'Which rule was broken.' })
  @Property({ type: 'string' })
  kind!: ViolationKind;

  @Field({ description: 'What the violation is about, unique per kind (e.g. a task and a step).' })
  @Property({ type: 'string' })
  subjectKey!: string;

  @Field(() => ID, { nullable: true, description: 'The case concerned, when there is one.' })
  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The task concerned, when there is one.' })
  @Property({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @Field(() => String, { nullable: true, description: 'The department concerned.' })
  @Property({ type: 'string', nullable: true })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The person who acted, when known.' })
  @Property({ type: 'string', nullable: true })
  person!: string | null;

  @Property({ type: 'json' })
  evidence!: object;

  @Field(() => String, {
    name: 'evidence',
    description:
      'The evidence as JSON: the event (topic, position, payload) and what it was judged against.',
  })
  get evidenceJson(): string {
    return JSON.stringify(this.evidence);
  }

  @Field({ description: "Position in the hub's event log of the event that showed it." })
  @Property({ type: 'string', columnType: 'bigint' })
  eventPosition!: string;

  @Field({ description: 'When it was detected.' })
  @Property({ type: 'Date' })
  detectedAt!: Date;

  @Property({ type: 'date' })
  detectedOn!: string;
}
