import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('RequiredMaterial', { description: 'A material an item requires of the applicant.' })
@Entity({ tableName: 'item_material' })
export class ItemMaterial {
  @PrimaryKey({ type: 'uuid' })
  itemId!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  position!: number;

  @Property({ type: 'string' })
  materialTypeCode!: string;

  @Field({ description: 'Whether the material is core: without it the item cannot be decided.' })
  @Property({ type: 'boolean' })
  core!: boolean;

  @Field({
    description:
      "Whether the window may accept the application without it, under the applicant's written commitment to hand it in later.",
  })
  @Property({ type: 'boolean' })
  mayBeMissingAtAcceptance!: boolean;
}

@InputType({ description: 'A material an item requires of the applicant.' })
export class RequiredMaterialInput {
  @Field({ description: 'Code of the material type, e.g. `BUSINESS_LICENCE`.' })
  materialTypeCode!: string;

  @Field({ description: 'Whether the material is core.' })
  core!: boolean;

  @Field({
    defaultValue: false,
    description: 'Whether it may be missing at acceptance, under commitment (never for core).',
  })
  mayBeMissingAtAcceptance!: boolean;
}
