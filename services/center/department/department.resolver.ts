import { Arg, Args, ID, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs, paginate, type RequestContext } from '../../kit';
import { Department } from './department.entity';
import { departmentByCode } from './department.loader';

export const DepartmentConnection = ConnectionType(Department, 'department');

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: 'Every department in the hub, by code.' })
  departments(@Args() page: PageArgs, @Ctx() { em }: RequestContext) {
    return paginate(em, Department, {}, page, { code: 'asc' });
  }

  @Query(() => Department, { nullable: true, description: 'One department by its code.' })
  department(
    @Arg('code', () => ID, { description: 'Department code.' }) code: string,
    @Ctx() context: RequestContext,
  ) {
    return departmentByCode(context).load(code);
  }
}

export const resolveDepartmentReference = (
  reference: Record<string, unknown>,
  context: RequestContext,
) => departmentByCode(context).load(String(reference.code));
