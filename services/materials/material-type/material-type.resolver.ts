import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs, paginate, type RequestContext } from '../../kit';
import { MaterialType } from './material-type.entity';
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
}

export const resolveMaterialTypeReference = (
  reference: Record<string, unknown>,
  context: RequestContext,
) => materialTypeByCode(context).load(String(reference.code));
