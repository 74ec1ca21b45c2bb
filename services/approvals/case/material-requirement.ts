import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('CaseRequirement', {
  description: 'A material the items of a case add up to requiring.',
})
export class MaterialRequirement {
  @Field(() => ID, { description: 'Code of the material type, e.g. `BUSINESS_LICENCE`.' })
  materialTypeCode!: string;

  @Field({ description: 'Whether any item of the case requires it as a core material.' })
  core!: boolean;

  @Field({
    description:
      'Whether the case may be accepted without it, under a written commitment to hand it in later (every item requiring it allows that).',
  })
  mayBeMissingAtAcceptance!: boolean;
}
