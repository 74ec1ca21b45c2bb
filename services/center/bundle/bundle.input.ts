import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'That one item of a bundle needs another item of it decided first.' })
export class PrerequisiteInput {
  @Field({ description: 'Code of the item that waits.' })
  itemCode!: string;

  @Field({ description: 'Code of the item it waits for.' })
  requiresItemCode!: string;
}

@InputType({ description: 'A bundle to publish, or a new version of one.' })
export class BundleInput {
  @Field({ description: 'Code of the bundle.' })
  code!: string;

  @Field({ description: 'Name of the bundle.' })
  name!: string;

  @Field({ defaultValue: '', description: 'What the bundle achieves for the applicant.' })
  description!: string;

  @Field(() => Int, { description: 'Time limit of the joint approval, in working days.' })
  timeLimitDays!: number;

  @Field(() => [String], { description: 'Codes of published items of at least two departments.' })
  itemCodes!: string[];

  @Field(() => [PrerequisiteInput], {
    defaultValue: [],
    description: 'Items of the bundle that need another of its items decided first.',
  })
  prerequisites!: PrerequisiteInput[];
}
