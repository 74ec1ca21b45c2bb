import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Materials a case was accepted without, which the applicant committed to hand in.',
})
export class Commitment {
  @Field(() => [String], { description: 'Codes of the material types still to be handed in.' })
  materialTypeCodes!: string[];

  @Field({ description: 'Last day to hand them in (`YYYY-MM-DD`).' })
  deadlineOn!: string;
}
