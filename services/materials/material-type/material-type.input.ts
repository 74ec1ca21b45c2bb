import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new kind of prerequisite material.' })
export class CreateMaterialTypeInput {
  @Field({
    description:
      'Stable code of the material type: a capital, then 1 to 63 capitals, digits or _ (e.g. `TAX_REGISTRATION`).',
  })
  code!: string;

  @Field({ description: 'Name of the material type as applicants see it.' })
  name!: string;

  @Field({
    description:
      'The one department whose reviewers verify or reject materials of this type, once for all; a department the center created.',
  })
  leadDepartmentCode!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many months (1 to 600) a verified version stays valid after its review; null when it never expires.',
  })
  validityMonths?: number | null;

  @Field({
    defaultValue: false,
    description:
      "True for the type a department's licence becomes (its `licence.materialTypeCode`, led by that department): verified when the hub issues the licence, never uploaded, so the next case reuses it.",
  })
  licence!: boolean;
}
