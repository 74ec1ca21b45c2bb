import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HcbStructureType } from './structure-type';

/** The scale of what an HCB task permits to be built; sealed into the permit. */
@ObjectType({ description: 'The construction scale a Housing and Construction task permits.' })
@Entity({ tableName: 'construction_scale' })
export class HcbConstructionScale {
  @Field(() => ID, { description: 'Id of the task the scale belongs to.' })
  @PrimaryKey({ type: 'uuid' })
  taskId!: string;

  @Field({ description: 'Total floor area in square metres, as decimal text, e.g. `43200.00`.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  floorArea!: string;

  @Field(() => Int, { description: 'Storeys above ground, from 1.' })
  @Property({ type: 'integer' })
  storeys!: number;

  @Field(() => HcbStructureType, { description: 'The load-bearing structure.' })
  @Enum({ items: () => HcbStructureType })
  structureType!: HcbStructureType;

  @Field({ description: 'Subject of the reviewer who recorded it.' })
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'When it was last recorded.' })
  @Property({ type: 'Date' })
  recordedAt!: Date;
}
