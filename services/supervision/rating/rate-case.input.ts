import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A rating of a completed case.' })
export class RateCaseInput {
  @Field(() => ID, { description: 'The case to rate.' })
  caseId!: string;

  @Field(() => Int, { description: 'From 1 (very dissatisfied) to 5 (very satisfied).' })
  score!: number;

  @Field({
    defaultValue: '',
    description: 'What the applicant wants to say (at most 2000 characters).',
  })
  comment!: string;
}
