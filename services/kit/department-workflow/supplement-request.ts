import { Directive, Field, InputType, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'One material a department asks the applicant to supply again.' })
export class DepartmentSupplementRequest {
  @Field({ description: 'Code of the material type to supply, e.g. `SITE_PLAN`.' })
  materialTypeCode!: string;

  @Field({ description: 'What is missing or wrong, in words the applicant can act on.' })
  reason!: string;
}

@InputType({ description: 'One material a department asks the applicant to supply again.' })
export class DepartmentSupplementRequestInput {
  @Field({ description: 'Code of the material type to supply, e.g. `SITE_PLAN`.' })
  materialTypeCode!: string;

  @Field({ description: 'What is missing or wrong, in words the applicant can act on.' })
  reason!: string;
}
