import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A department joining the hub.' })
export class CreateDepartmentInput {
  @Field({
    description:
      'Short code of the department, stable forever: a capital, then 1 to 15 capitals, digits or _ (e.g. `TAX`).',
  })
  code!: string;

  @Field({ description: 'Full name of the department, unique in the hub.' })
  name!: string;
}
