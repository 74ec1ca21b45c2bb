import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { ConnectionType, PageArgs, paginate, type RequestContext } from '../../kit';
import { watchers } from '../access';
import { ClockReading } from '../clock/clock-reading';
import { clockField } from '../clock/read-clock-field';
import { WarningLevel } from '../clock/warning-level';
import { ServiceRating } from '../rating/service-rating.entity';
import { ratingOfCase } from '../rating/rating.loader';
import { SupervisedTask } from '../task/supervised-task.entity';
import { tasksOfCase } from '../task/tasks.loader';
import { CaseBoardFilter } from './case-board-filter';
import { countCases } from '../board/case-tally';
import { SupervisedCase } from './supervised-case.entity';
import { SupervisedCommitment } from '../commitment/supervised-commitment.entity';
import { commitmentsOfCase } from '../commitment/commitments.loader';

export const SupervisedCaseConnection = ConnectionType(SupervisedCase, 'supervised case');

@Resolver(() => SupervisedCase)
export class SupervisedCaseResolver {
  @Authorized(...watchers)
  @Query(() => SupervisedCaseConnection, {
    description:
      'The coordinator board: every case, newest first, filtered by status, department and level.',
  })
  supervisedCases(
    @Arg('filter', () => CaseBoardFilter, { nullable: true, description: 'What to show.' })
    filter: CaseBoardFilter | null,
    @Args() page: PageArgs,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<SupervisedCase> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.level) where.level = filter.level;
    if (filter?.departmentCode) where.departmentCodes = { $contains: [filter.departmentCode] };
    // The department filter is the one the tally does not cover: it counts its rows.
    const count = filter?.departmentCode
      ? undefined
      : () => countCases(em, { status: filter?.status, level: filter?.level });
    return paginate(em, SupervisedCase, where, page, { submittedAt: 'desc', id: 'desc' }, count);
  }

  @Authorized(...watchers)
  @Query(() => SupervisedCase, { nullable: true, description: 'One case as supervision sees it.' })
  supervisedCase(
    @Arg('id', () => ID, { description: 'Case id.' }) id: string,
    @Ctx() { em }: RequestContext,
  ) {
    return em.findOne(SupervisedCase, { id });
  }

  @FieldResolver(() => WarningLevel, {
    description: 'Warning level as of the last event or periodic check (the board filters on it).',
  })
  level(@Root() root: SupervisedCase): WarningLevel {
    return root.level;
  }

  @FieldResolver(() => ClockReading, {
    nullable: true,
    description: "The case's clock against its time limit; null until it is accepted.",
  })
  clock(@Root() root: SupervisedCase, @Ctx() context: RequestContext) {
    return clockField(root, context);
  }

  @FieldResolver(() => [SupervisedTask], { description: "The departments' tasks on the case." })
  tasks(@Root() root: SupervisedCase, @Ctx() context: RequestContext) {
    return tasksOfCase(context).load(root.id);
  }

  @FieldResolver(() => [SupervisedCommitment], {
    description:
      'Each material the case was accepted without under commitment, with its own clock to its deadline; empty without commitment.',
  })
  commitments(@Root() root: SupervisedCase, @Ctx() context: RequestContext) {
    return commitmentsOfCase(context).load(root.id);
  }

  @FieldResolver(() => ServiceRating, {
    nullable: true,
    description: "The applicant's rating of the case, once given.",
  })
  rating(@Root() root: SupervisedCase, @Ctx() context: RequestContext) {
    return ratingOfCase(context).load(root.id);
  }
}
