import { Field, InputType, Int } from 'type-graphql';
import { ItemKind } from './item-kind';
import { ItemStepInput } from './item-step';
import { RequiredMaterialInput } from './item-material.entity';

@InputType({
  description: 'The full content of an item version: a proposal, or an amendment replacing it.',
})
export class ItemInput {
  @Field({ description: 'Code of the item.' })
  code!: string;

  @Field({ description: 'The approval section of the department that handles the item.' })
  sectionCode!: string;

  @Field({ description: 'Name of the item.' })
  name!: string;

  @Field(() => ItemKind, { description: 'What kind of power the item exercises.' })
  kind!: ItemKind;

  @Field({ description: 'The laws and regulations the item rests on.' })
  legalBasis!: string;

  @Field(() => Int, { description: 'Time limit the law sets, in working days.' })
  statutoryLimitDays!: number;

  @Field(() => Int, { description: 'Time limit promised, in working days; at most the statutory.' })
  promisedLimitDays!: number;

  @Field(() => [ItemStepInput], { description: 'The approval steps, in order.' })
  steps!: ItemStepInput[];

  @Field({ defaultValue: false, description: 'Whether it is a joint item (may exceed 3 steps).' })
  joint!: boolean;

  @Field({ defaultValue: false, description: 'Whether a meeting decides before sign-off.' })
  meetingBeforeSign!: boolean;

  @Field(() => [RequiredMaterialInput], { description: 'The materials required.' })
  materials!: RequiredMaterialInput[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Codes of approved fee catalog entries.',
  })
  feeCodes!: string[];
}
