import { clock } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

export interface PrerequisiteLink {
  itemCode: string;
  requiresItemCode: string;
}

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    '"One thing": published items of several departments an applicant applies for at once, handled as one joint approval.',
})
@Entity({ tableName: 'bundle' })
export class Bundle {
  @Field(() => ID, { description: 'Code of the bundle, e.g. `OPEN-A-BUSINESS`.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field(() => Int, { description: 'Version number; each republication adds one.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Field({ description: 'Name of the bundle as applicants know it.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'What the bundle achieves for the applicant.' })
  @Property({ type: 'string' })
  description: string = '';

  @Field(() => Int, { description: 'Time limit of the whole joint approval, in working days.' })
  @Property({ type: 'integer' })
  timeLimitDays!: number;

  @Property({ type: 'string[]' })
  itemCodes!: string[];

  @Property({ type: 'json' })
  prerequisites: PrerequisiteLink[] = [];

  @Property({ type: 'string' })
  publishedBy!: string;

  @Field({ description: 'When this version of the bundle was published.' })
  @Property({ type: 'Date' })
  publishedAt: Date = clock.now();

  @Field({ description: 'When the bundle was first published.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
