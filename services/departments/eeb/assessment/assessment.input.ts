import { Field, InputType } from 'type-graphql';
import { EebImpactCategory } from './impact-category';

@InputType({ description: 'The impact assessment an EEB reviewer records on a task.' })
export class EebAssessmentInput {
  @Field(() => EebImpactCategory, { description: 'The form the assessment takes.' })
  impactCategory!: EebImpactCategory;

  @Field({ description: 'The conclusion of the assessment, as the approval states it.' })
  conclusion!: string;
}
