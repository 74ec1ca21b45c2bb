import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { EebImpactCategory } from './impact-category';

/** How an EEB task assesses the project's environmental impact; sealed into the approval. */
@ObjectType({
  description: "The Ecology and Environment bureau's assessment of a project's impact.",
})
@Entity({ tableName: 'impact_assessment' })
export class EebAssessment {
  @Field(() => ID, { description: 'Id of the task the assessment belongs to.' })
  @PrimaryKey({ type: 'uuid' })
  taskId!: string;

  @Field(() => EebImpactCategory, { description: 'The form the assessment takes.' })
  @Enum({ items: () => EebImpactCategory })
  impactCategory!: EebImpactCategory;

  @Field({ description: 'The conclusion of the assessment, as the approval states it.' })
  @Property({ type: 'text' })
  conclusion!: string;

  @Field({ description: 'Subject of the reviewer who recorded it.' })
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'When it was last recorded.' })
  @Property({ type: 'Date' })
  recordedAt!: Date;
}
