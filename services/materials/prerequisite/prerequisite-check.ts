import { Field, ObjectType } from 'type-graphql';
import { MaterialType } from '../material-type/material-type.entity';
import { Material } from '../material/material.entity';
import { PrerequisiteVerdict } from './prerequisite-verdict';
import { RequirementState } from './requirement-state';

@ObjectType({ description: 'Where one required material stands for this applicant.' })
export class RequirementCheck {
  @Field(() => MaterialType, { description: 'The required material type.' })
  materialType!: MaterialType;

  @Field({ description: 'Whether it was required as a core material.' })
  core!: boolean;

  @Field(() => RequirementState, {
    description: 'Verified, pending, missing, rejected or expired.',
  })
  state!: RequirementState;

  @Field(() => Material, {
    nullable: true,
    description: 'The current version the state refers to; null when missing.',
  })
  material!: Material | null;

  @Field(() => [String], {
    description: 'What the applicant must still do about it; empty when verified.',
  })
  notice!: string[];
}

@ObjectType({
  description:
    'The prerequisite check of an application: every required material and one overall verdict.',
})
export class PrerequisiteCheck {
  @Field(() => PrerequisiteVerdict, { description: 'Whether the application passes the gate.' })
  verdict!: PrerequisiteVerdict;

  @Field(() => [RequirementCheck], { description: 'Each required material, in the order asked.' })
  requirements!: RequirementCheck[];
}
