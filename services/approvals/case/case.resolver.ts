import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, Role, paginate, type RequestContext } from '../../kit';
import { Case } from './case.entity';
import { DepartmentReference } from './department-reference';

export const CaseConnection = ConnectionType(Case, 'case');

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(Role.COORDINATOR, Role.SUPERVISOR, Role.CENTER_ADMIN)
  @Query(() => CaseConnection, { description: 'Every case in the hub, newest first.' })
  cases(@Args() page: PageArgs, @Ctx() { em }: RequestContext) {
    return paginate(em, Case, {}, page, { createdAt: 'desc', id: 'desc' });
  }

  @Authorized(Role.COORDINATOR, Role.SUPERVISOR, Role.CENTER_ADMIN)
  @Query(() => Case, { nullable: true, description: 'One case by id.' })
  case(
    @Arg('id', () => ID, { description: 'Case id.' }) id: string,
    @Ctx() { em }: RequestContext,
  ) {
    return em.findOne(Case, { id });
  }

  @FieldResolver(() => [DepartmentReference], {
    description: 'The departments working on this case in parallel.',
  })
  departments(@Root() root: Case): DepartmentReference[] {
    return root.departmentCodes.map((code) => ({ code }));
  }
}
