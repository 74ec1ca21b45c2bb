import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A row of events.parked_event, as operators see it (the kit owns the table; no subgraph maps it). */
@ObjectType({
  description:
    'An event a consumer gave up on after its retries: the consumer went on without it. Fix the cause, then retry it.',
})
export class ParkedEvent {
  @Field({ description: 'The consumer that failed on it (e.g. `supervision.events`).' })
  consumer!: string;

  @Field(() => ID, { description: "The event's position in the hub's event log." })
  position!: string;

  @Field({ description: "The event's topic, e.g. `approvals.case.submitted`." })
  topic!: string;

  @Field({ description: 'What the event is about (a case id, an item code…).' })
  key!: string;

  @Field(() => Int, { description: 'How many times the handler was tried.' })
  attempts!: number;

  @Field({ description: "The handler's last error." })
  error!: string;

  @Field({ description: 'When the consumer gave up on it.' })
  parkedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When a retry was asked for and not yet tried; null otherwise.',
  })
  retryRequestedAt!: Date | null;
}
