import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new entry of the fee catalog.' })
export class ProposeFeeEntryInput {
  @Field({ description: 'Code of the entry.' })
  code!: string;

  @Field({ description: 'What the fee is for.' })
  name!: string;

  @Field({ description: 'How much is charged.' })
  standard!: string;

  @Field({ description: 'The law or price document that allows the fee.' })
  legalBasis!: string;
}
