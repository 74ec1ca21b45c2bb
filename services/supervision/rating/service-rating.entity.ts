import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "The applicant's rating of a completed case: one per case." })
@Entity({ tableName: 'service_rating' })
export class ServiceRating {
  @Field(() => ID, { description: 'The case rated.' })
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Field(() => ID, { description: 'The applicant who rated it.' })
  @Property({ type: 'string' })
  applicantId!: string;

  @Field(() => Int, { description: 'From 1 (very dissatisfied) to 5 (very satisfied).' })
  @Property({ type: 'integer' })
  score!: number;

  @Field({ description: "The applicant's words." })
  @Property({ type: 'string' })
  comment!: string;

  @Property({ type: 'string' })
  ratedBy!: string;

  @Field({ description: 'When it was given.' })
  @Property({ type: 'Date' })
  ratedAt!: Date;
}
