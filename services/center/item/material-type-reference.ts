import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The materials subgraph owns material types; the center names them by code only. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('MaterialType', {
  description:
    'A kind of prerequisite material, entered once and reused by every department that needs it.',
})
export class MaterialTypeReference {
  @Field(() => ID, { description: 'Stable code of the material type, e.g. `BUSINESS_LICENCE`.' })
  code!: string;
}
