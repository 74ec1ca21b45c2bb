import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentReference } from '../department/department-reference';

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'A kind of prerequisite material, entered once and reused by every department that needs it.',
})
@Entity({ tableName: 'material_type' })
export class MaterialType {
  @Field(() => ID, { description: 'Stable code of the material type, e.g. `BUSINESS_LICENCE`.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field({ description: 'Name of the material type as applicants see it.' })
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  leadDepartmentCode!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many months a verified version stays valid after its review; null when it never expires.',
  })
  @Property({ type: 'integer', nullable: true })
  validityMonths!: number | null;

  @Field({
    description:
      'True for the type an electronic licence becomes: only the hub issues it, nobody uploads it.',
  })
  @Property({ type: 'boolean', default: false })
  licence: boolean = false;

  @Field(() => DepartmentReference, {
    description: 'The one department whose reviewers verify or reject this type, once for all.',
  })
  leadDepartment(): DepartmentReference {
    return { code: this.leadDepartmentCode };
  }
}
