import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'One material an application requires.' })
export class MaterialRequirementInput {
  @Field(() => ID, { description: 'Code of the required material type.' })
  materialTypeCode!: string;

  @Field({
    defaultValue: true,
    description: 'Whether it is a core material (never accepted missing).',
  })
  core!: boolean;

  @Field({
    defaultValue: false,
    description:
      'Whether a non-core material may be missing at acceptance if the applicant commits to hand it over later.',
  })
  mayBeMissingUnderCommitment!: boolean;
}
