import { Field, ID, InputType } from 'type-graphql';
import { ReviewDecision } from './review-decision';

@InputType({ description: 'The decision of the lead department on one material version.' })
export class ReviewMaterialInput {
  @Field(() => ID, { description: 'The material version reviewed.' })
  materialId!: string;

  @Field(() => ReviewDecision, { description: 'Verified or rejected.' })
  decision!: ReviewDecision;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Every problem found, all at once; required when rejecting, empty when verifying.',
  })
  problems!: string[];
}
