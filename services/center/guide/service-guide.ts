import { Field, Int, ObjectType } from 'type-graphql';
import { Bundle } from '../bundle/bundle.entity';
import { Department } from '../department/department.entity';
import { FeeEntry } from '../fee/fee-entry.entity';
import { Item } from '../item/item.entity';
import { MaterialTypeReference } from '../item/material-type-reference';
import { ServiceWindow } from '../window/window.entity';

@ObjectType({ description: 'A material of a service guide, once however many items need it.' })
export class GuideMaterial {
  @Field(() => MaterialTypeReference, { description: 'The kind of material.' })
  materialType!: MaterialTypeReference;

  @Field({ description: 'Whether any item needs it as a core material.' })
  core!: boolean;

  @Field({
    description:
      'Whether every item needing it accepts it missing at acceptance, under commitment.',
  })
  mayBeMissingAtAcceptance!: boolean;

  @Field(() => [String], { description: 'Codes of the items that need it.' })
  itemCodes!: string[];
}

@ObjectType({
  description:
    'Everything an applicant needs to apply for an item or a bundle: materials, steps, time limits, fees and windows.',
})
export class ServiceGuide {
  @Field({ description: 'What the guide is for.' })
  title!: string;

  @Field(() => Bundle, { nullable: true, description: 'The bundle, for a bundle guide.' })
  bundle!: Bundle | null;

  @Field(() => [Item], { description: 'The items applied for, in the version in force.' })
  items!: Item[];

  @Field(() => [Department], { description: 'The departments that decide.' })
  departments!: Department[];

  @Field(() => Int, {
    description: 'Working days the center promises: the bundle limit, or the item promised limit.',
  })
  promisedLimitDays!: number;

  @Field(() => [GuideMaterial], { description: 'Materials to hand in, each once.' })
  materials!: GuideMaterial[];

  @Field(() => [FeeEntry], { description: 'Fees charged, with their legal basis.' })
  fees!: FeeEntry[];

  @Field(() => [ServiceWindow], { description: 'Windows that accept the application.' })
  windows!: ServiceWindow[];

  @Field({ description: 'The whole guide as printable Markdown.' })
  markdown!: string;
}
