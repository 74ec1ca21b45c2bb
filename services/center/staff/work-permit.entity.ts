import { CalendarDate, clock } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A work permit the center issued: without a valid one, staff may not act.',
})
@Entity({ tableName: 'work_permit' })
export class WorkPermit {
  @Field(() => ID, { description: 'Number printed on the permit.' })
  @PrimaryKey({ type: 'string' })
  number!: string;

  @Property({ type: 'string' })
  subject!: string;

  @Field(() => CalendarDate, { description: 'First day of validity (ISO date).' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => CalendarDate, { description: 'Last day of validity (ISO date).' })
  @Property({ type: 'date' })
  expiresOn!: string;

  @Field(() => Date, { nullable: true, description: 'When the center revoked it.' })
  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the center revoked it.' })
  @Property({ type: 'string', nullable: true })
  revokeReason: string | null = null;

  @Property({ type: 'string' })
  issuedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
