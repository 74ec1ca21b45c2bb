import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { NrpLandUseCategory } from './land-use-category';

/** The planning conditions an NRP task sets for the plot; sealed into the planning permit. */
@ObjectType({
  description: 'The land-use planning conditions a Natural Resources and Planning task sets.',
})
@Entity({ tableName: 'planning_conditions' })
export class NrpPlanning {
  @Field(() => ID, { description: 'Id of the task the conditions belong to.' })
  @PrimaryKey({ type: 'uuid' })
  taskId!: string;

  @Field({ description: 'Area of the plot in square metres, as decimal text, e.g. `24000.00`.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  landArea!: string;

  @Field({ description: 'Plot ratio (floor area over land area), as decimal text, e.g. `1.80`.' })
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  plotRatio!: string;

  @Field(() => NrpLandUseCategory, { description: 'What the plot may be used for.' })
  @Enum({ items: () => NrpLandUseCategory })
  landUseCategory!: NrpLandUseCategory;

  @Field({ description: 'Subject of the reviewer who recorded them.' })
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'When they were last recorded.' })
  @Property({ type: 'Date' })
  recordedAt!: Date;
}
