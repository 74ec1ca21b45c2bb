import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An event a consumer gave up on after its retries: the consumer went on without it. Fix the cause, then retry it.',
})
@Entity({ schema: 'events', tableName: 'parked_event' })
export class ParkedEvent {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Field({ description: 'The consumer that failed on it (e.g. `supervision.events`).' })
  @Property({ type: 'string' })
  consumer!: string;

  @Field(() => ID, { description: "The event's position in the hub's event log." })
  @Property({ type: 'bigint' })
  position!: string;

  @Field({ description: "The event's topic, e.g. `approvals.case.submitted`." })
  @Property({ type: 'string' })
  topic!: string;

  @Field({ description: 'What the event is about (a case id, an item code…).' })
  @Property({ type: 'string' })
  key!: string;

  @Field(() => Int, { description: 'How many times the handler was tried.' })
  @Property({ type: 'integer' })
  attempts!: number;

  @Field({ description: "The handler's last error." })
  @Property({ type: 'text' })
  error!: string;

  @Field({ description: 'When the consumer gave up on it.' })
  @Property({ type: 'timestamptz' })
  parkedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When a retry was asked for and not yet tried; null otherwise.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  retryRequestedAt!: Date | null;
}
