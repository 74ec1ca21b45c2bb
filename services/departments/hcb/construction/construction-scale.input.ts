import { Field, InputType, Int } from 'type-graphql';
import { HcbStructureType } from './structure-type';

@InputType({ description: 'The construction scale an HCB reviewer records on a task.' })
export class HcbConstructionScaleInput {
  @Field({ description: 'Total floor area in square metres, as decimal text, e.g. `43200.00`.' })
  floorArea!: string;

  @Field(() => Int, { description: 'Storeys above ground, from 1 to 200.' })
  storeys!: number;

  @Field(() => HcbStructureType, { description: 'The load-bearing structure.' })
  structureType!: HcbStructureType;
}
