import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs, Role, paginate, type RequestContext } from '../../kit';
import { createMaterialType } from './create-material-type';
import { MaterialType } from './material-type.entity';
import { CreateMaterialTypeInput } from './material-type.input';
import { materialTypeByCode } from './material-type.loader';

export const MaterialTypeConnection = ConnectionType(MaterialType, 'material type');

@Resolver(() => MaterialType)
export class MaterialTypeResolver {
  @Query(() => MaterialTypeConnection, { description: 'The canonical material types, by code.' })
  materialTypes(@Args() page: PageArgs, @Ctx() { em }: RequestContext) {
    return paginate(em, MaterialType, {}, page, { code: 'asc' });
  }

  @Query(() => MaterialType, { nullable: true, description: 'One material type by its code.' })
  materialType(
    @Arg('code', () => ID, { description: 'Material type code.' }) code: string,
    @Ctx() context: RequestContext,
  ) {
    return materialTypeByCode(context).load(code);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => MaterialType, {
    description:
      'Adds a kind of prerequisite material with its lead department (center admin only); items may then require it. A code taken is refused with MATERIAL_TYPE_CODE_TAKEN, a department the center never created with NOT_FOUND.',
  })
  createMaterialType(
    @Arg('input', () => CreateMaterialTypeInput, { description: 'The material type.' })
    input: CreateMaterialTypeInput,
    @Ctx() { em }: RequestContext,
  ): Promise<MaterialType> {
    return createMaterialType(em, input);
  }
}

export const resolveMaterialTypeReference = (
  reference: Record<string, unknown>,
  context: RequestContext,
) => materialTypeByCode(context).load(String(reference.code));
