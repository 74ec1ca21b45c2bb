import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Materials owns applicants; approvals names one by id and lets the gateway join. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Applicant', {
  description: 'An enterprise or person that applies for items and hands over materials once.',
})
export class ApplicantReference {
  @Field(() => ID, { description: 'Opaque id of the applicant.' })
  id!: string;
}
