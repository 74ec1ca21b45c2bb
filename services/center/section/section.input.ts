import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new approval section.' })
export class CreateSectionInput {
  @Field({ description: 'Department the section belongs to.' })
  departmentCode!: string;

  @Field({ description: 'Code of the new section, unique in the hub.' })
  code!: string;

  @Field({ description: 'Name of the new section.' })
  name!: string;
}
