import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The registration an AMR reviewer records on a task.' })
export class AmrRegistrationInput {
  @Field({
    description: 'Registered capital in ten thousand yuan, as decimal text, e.g. `500.00`.',
  })
  registeredCapital!: string;

  @Field({ description: 'The business scope as the licence states it; at most 2000 characters.' })
  businessScope!: string;
}
