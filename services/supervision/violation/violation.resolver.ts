import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { ConnectionType, PageArgs, paginate, type RequestContext } from '../../kit';
import { watchers } from '../access';
import { Violation } from './violation.entity';
import { ViolationKind } from './violation-kind';

export const ViolationConnection = ConnectionType(Violation, 'violation');

@Resolver(() => Violation)
export class ViolationResolver {
  @Authorized(...watchers)
  @Query(() => ViolationConnection, { description: 'Violation cards, newest first.' })
  violations(
    @Arg('kind', () => ViolationKind, { nullable: true, description: 'Only this kind.' })
    kind: ViolationKind | null,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Arg('caseId', () => String, { nullable: true, description: 'Only this case.' })
    caseId: string | null,
    @Args() page: PageArgs,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<Violation> = {};
    if (kind) where.kind = kind;
    if (departmentCode) where.departmentCode = departmentCode;
    if (caseId) where.caseId = caseId;
    return paginate(em, Violation, where, page, { detectedAt: 'desc', id: 'desc' });
  }
}
