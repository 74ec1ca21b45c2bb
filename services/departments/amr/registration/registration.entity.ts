import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

/** What an AMR task registers of a market entity; printed on the business licence. */
@ObjectType({ description: 'The registration of a market entity by Market Regulation.' })
@Entity({ tableName: 'registration' })
export class AmrRegistration {
  @Field(() => ID, { description: 'Id of the task the registration belongs to.' })
  @PrimaryKey({ type: 'uuid' })
  taskId!: string;

  @Field({
    description: 'Registered capital in ten thousand yuan, as decimal text, e.g. `500.00`.',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  registeredCapital!: string;

  @Field({ description: 'The business scope as the licence states it.' })
  @Property({ type: 'text' })
  businessScope!: string;

  @Field({ description: 'Subject of the reviewer who recorded it.' })
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'When it was last recorded.' })
  @Property({ type: 'Date' })
  recordedAt!: Date;
}
