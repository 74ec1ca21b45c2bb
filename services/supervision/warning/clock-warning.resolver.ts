import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { ConnectionType, PageArgs, paginate, type RequestContext } from '../../kit';
import { watchers } from '../access';
import { WarningLevel } from '../clock/warning-level';
import { ClockWarning } from './clock-warning.entity';

export const ClockWarningConnection = ConnectionType(ClockWarning, 'warning');

@Resolver(() => ClockWarning)
export class ClockWarningResolver {
  @Authorized(...watchers)
  @Query(() => ClockWarningConnection, { description: 'Yellow and red cards, newest first.' })
  clockWarnings(
    @Arg('caseId', () => String, { nullable: true, description: 'Only this case.' })
    caseId: string | null,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Arg('level', () => WarningLevel, { nullable: true, description: 'Only this level.' })
    level: WarningLevel | null,
    @Args() page: PageArgs,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<ClockWarning> = {};
    if (caseId) where.caseId = caseId;
    if (departmentCode) where.departmentCode = departmentCode;
    if (level) where.level = level;
    return paginate(em, ClockWarning, where, page, { raisedAt: 'desc', id: 'desc' });
  }
}
