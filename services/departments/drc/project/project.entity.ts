import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { DrcProcedure } from './project-procedure';

/** The investment project a DRC task admits; its facts are sealed into the licence. */
@ObjectType({
  description: 'The investment project a Development and Reform Commission task admits.',
})
@Entity({ tableName: 'project' })
export class DrcProject {
  @Field(() => ID, { description: 'Id of the task the project belongs to.' })
  @PrimaryKey({ type: 'uuid' })
  taskId!: string;

  @Field({
    description: 'National investment project code, e.g. `2026-330100-44-01-000123`.',
  })
  @Property({ type: 'string' })
  projectCode!: string;

  @Field({ description: 'Total investment in ten thousand yuan, as decimal text, e.g. `1200.50`.' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  totalInvestment!: string;

  @Field(() => DrcProcedure, { description: 'Whether the project is filed or approved.' })
  @Enum({ items: () => DrcProcedure })
  procedure!: DrcProcedure;

  @Field({ description: 'Subject of the reviewer who recorded it.' })
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'When it was last recorded.' })
  @Property({ type: 'Date' })
  recordedAt!: Date;
}
