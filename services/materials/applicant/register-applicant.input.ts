import { Field, InputType } from 'type-graphql';
import { ApplicantKind } from './applicant-kind';

@InputType({ description: 'A new applicant, as the window or the applicant registers it.' })
export class RegisterApplicantInput {
  @Field(() => ApplicantKind, { description: 'Enterprise or natural person.' })
  kind!: ApplicantKind;

  @Field({ description: 'Registered name of the enterprise, or the name of the person.' })
  name!: string;

  @Field({
    description:
      'Unified social credit code for an enterprise, resident ID number for a person (18 characters each).',
  })
  identifier!: string;
}
