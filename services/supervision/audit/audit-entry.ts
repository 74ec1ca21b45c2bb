import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One event in the tamper-evident audit log, with its chain hashes.' })
export class AuditEntry {
  @Field({ description: 'Place in the chain, from 1, without gaps (a decimal string).' })
  sequence!: string;

  @Field({ description: "The event's position in the hub's event log (a decimal string)." })
  eventPosition!: string;

  @Field({ description: 'Topic of the event.' })
  topic!: string;

  @Field({ description: 'Key of the event: the entity it is about.' })
  key!: string;

  @Field({ description: 'The subgraph that published it.' })
  producer!: string;

  @Field({ description: 'When it was published.' })
  occurredAt!: Date;

  @Field({ description: 'The payload as canonical JSON: exactly the text that was hashed.' })
  canonicalPayload!: string;

  @Field({ description: 'Hash of the entry before it (64 zeros for the first).' })
  previousHash!: string;

  @Field({ description: "This entry's SHA-256 hash, hex." })
  hash!: string;
}
