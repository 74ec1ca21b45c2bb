import { CalendarDate } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A training the center gave a member of staff.' })
@Entity({ tableName: 'training' })
export class Training {
  @Field(() => ID, { description: 'Opaque id.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'string' })
  subject!: string;

  @Field({ description: 'What the training covered.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => CalendarDate, { description: 'Day it was completed (ISO date).' })
  @Property({ type: 'date' })
  completedOn!: string;

  @Field(() => Int, { description: 'Length in hours.' })
  @Property({ type: 'integer' })
  hours!: number;
}
