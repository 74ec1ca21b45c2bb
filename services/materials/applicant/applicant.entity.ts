import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ApplicantKind } from './applicant-kind';

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'An enterprise or person that applies for items and hands over materials once.',
})
@Entity({ tableName: 'applicant' })
export class Applicant {
  @Field(() => ID, { description: 'Opaque id of the applicant.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field(() => ApplicantKind, { description: 'Enterprise or natural person.' })
  @Enum({ items: () => ApplicantKind, nativeEnumName: 'applicant_kind' })
  kind!: ApplicantKind;

  @Field({ description: 'Registered name of the enterprise, or the name of the person.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({
    description:
      'Unified social credit code (enterprise) or resident ID number (person); unique in the hub.',
  })
  @Property({ type: 'string', unique: true })
  identifier!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The applicant account that registered itself online; null when a window clerk or the center registered it.',
  })
  @Property({ type: 'string', nullable: true, unique: true })
  registeredByAccount: string | null = null;

  @Field({ description: 'When the applicant was registered.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
