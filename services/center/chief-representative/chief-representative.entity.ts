import { CalendarDate, clock, staffRoles } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "A department's authorization of its chief representative: the one person who gives its final sign-off, for a scope of items and a period.",
})
@Entity({ tableName: 'chief_representative' })
export class ChiefRepresentative {
  @Field(() => ID, { description: 'Opaque id of the authorization.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'string' })
  subject!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Field({ description: 'Whether the authorization covers every item of the department.' })
  @Property({ type: 'boolean' })
  scopeAll!: boolean;

  @Field(() => [String], { description: 'Codes of the items covered, when not all of them.' })
  @Property({ type: 'string[]' })
  itemCodes: string[] = [];

  @Field(() => CalendarDate, { description: 'First day of validity (ISO date).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => CalendarDate, { description: 'Last day of validity (ISO date).' })
  @Property({ type: 'date' })
  validTo!: string;

  @Field({ description: 'Number of the authorization document the department issued.' })
  @Property({ type: 'string' })
  documentNumber!: string;

  @Field(() => Date, { nullable: true, description: 'When the authorization was revoked.' })
  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;

  @Authorized(...staffRoles)
  @Field(() => String, {
    nullable: true,
    description: 'Why it was revoked (for people working in the hub, not applicants).',
  })
  @Property({ type: 'string', nullable: true })
  revokeReason: string | null = null;

  @Property({ type: 'string' })
  authorizedBy!: string;

  @Field({ description: 'When it was recorded.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
