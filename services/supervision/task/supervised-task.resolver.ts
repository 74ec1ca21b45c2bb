import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { ConnectionType, PageArgs, paginate, type RequestContext } from '../../kit';
import { watchers } from '../access';
import { ClockReading } from '../clock/clock-reading';
import { clockField } from '../clock/read-clock-field';
import { WarningLevel } from '../clock/warning-level';
import { SupervisedTask } from './supervised-task.entity';

export const SupervisedTaskConnection = ConnectionType(SupervisedTask, 'supervised task');

@Resolver(() => SupervisedTask)
export class SupervisedTaskResolver {
  @Authorized(...watchers)
  @Query(() => SupervisedTaskConnection, {
    description: 'Open tasks past their time limit, longest overdue first.',
  })
  overdueTasks(
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Args() page: PageArgs,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<SupervisedTask> = { closedOn: null, level: WarningLevel.RED };
    if (departmentCode) where.departmentCode = departmentCode;
    return paginate(em, SupervisedTask, where, page, { deadlineOn: 'asc', id: 'asc' });
  }

  @FieldResolver(() => WarningLevel, {
    description: 'Warning level as of the last event or periodic check (the board filters on it).',
  })
  level(@Root() root: SupervisedTask): WarningLevel {
    return root.level;
  }

  @FieldResolver(() => ClockReading, { description: "The task's clock against its time limit." })
  clock(@Root() root: SupervisedTask, @Ctx() context: RequestContext) {
    return clockField(root, context);
  }
}
