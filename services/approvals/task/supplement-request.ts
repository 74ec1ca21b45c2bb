import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A material a department asked the applicant to supplement.' })
export class SupplementRequest {
  @Field(() => ID, { description: 'Code of the material type to supply again.' })
  materialTypeCode!: string;

  @Field({ description: 'Why the department needs it.' })
  reason!: string;
}
