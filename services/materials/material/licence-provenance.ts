import { Field, ID, ObjectType } from 'type-graphql';
import { DepartmentReference } from '../department/department-reference';

@ObjectType({ description: 'Where an electronic licence held as a material came from.' })
export class LicenceProvenance {
  @Field(() => ID, { description: 'Id of the licence in the approvals subgraph.' })
  licenceId!: string;

  @Field({ description: 'Serial number printed on the licence.' })
  serial!: string;

  @Field(() => ID, { description: 'Id of the case that issued the licence.' })
  caseId!: string;

  @Field(() => DepartmentReference, { description: 'The department that issued the licence.' })
  issuingDepartment!: DepartmentReference;

  @Field({ description: 'When the licence was issued.' })
  issuedAt!: Date;
}
