import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { DepartmentReference } from '../department/department-reference';
import { ReviewDecision } from './review-decision';

@ObjectType({
  description: 'The one-time prerequisite review of a material version by its lead department.',
})
@Entity({ tableName: 'material_review' })
export class MaterialReview {
  @Field(() => ID, { description: 'Opaque id of the review.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid', unique: true })
  materialId!: string;

  @Field(() => ReviewDecision, { description: 'Verified or rejected.' })
  @Enum({ items: () => ReviewDecision, nativeEnumName: 'review_decision' })
  decision!: ReviewDecision;

  @Field(() => [String], {
    description: 'Every problem found, in one notice; empty when verified.',
  })
  @Property({ type: 'string[]' })
  problems: string[] = [];

  @Field({ description: 'Stable id of the reviewer.' })
  @Property({ type: 'string' })
  reviewerSubject!: string;

  @Field(() => String, { nullable: true, description: 'Name of the reviewer.' })
  @Property({ type: 'string', nullable: true })
  reviewerName: string | null = null;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Field({ description: 'When the review was given.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  reviewedAt: Date = clock.now();

  @Field(() => DepartmentReference, { description: 'The lead department that reviewed.' })
  department(): DepartmentReference {
    return { code: this.departmentCode };
  }
}
