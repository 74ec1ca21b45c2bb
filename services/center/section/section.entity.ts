import { clock } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An approval section of a department: the one section that handles a group of its items. A department has at most 3.',
})
@Entity({ tableName: 'section' })
export class Section {
  @Field(() => ID, { description: 'Code of the section, unique in the hub, e.g. `DRC-INVEST`.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Field({ description: 'Name of the section.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'When the section was set up.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}

export const maxSectionsPerDepartment = 3;
