import { Arg, Args, Authorized, ID, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs, Role, paginate, type RequestContext } from '../../kit';
import { createDepartment } from './create-department';
import { Department } from './department.entity';
import { CreateDepartmentInput } from './department.input';
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

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Department, {
    description:
      'A department joins the hub (center admin only); then the center sets up its sections and windows. A code taken is refused with DEPARTMENT_CODE_TAKEN, a name taken with CONFLICT.',
  })
  createDepartment(
    @Arg('input', () => CreateDepartmentInput, { description: 'The department.' })
    input: CreateDepartmentInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Department> {
    return createDepartment(em, input);
  }
}

export const resolveDepartmentReference = (
  reference: Record<string, unknown>,
  context: RequestContext,
) => departmentByCode(context).load(String(reference.code));
