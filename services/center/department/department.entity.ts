import { clock } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType({ description: 'A government department that approves items at the service center.' })
@Entity({ tableName: 'department' })
export class Department {
  @Field(() => ID, { description: 'Short code of the department, e.g. `DRC`; stable forever.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field({ description: 'Full name of the department.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'When the department joined the hub.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
