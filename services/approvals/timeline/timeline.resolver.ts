import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../kit';
import { DepartmentReference } from '../case/department-reference';
import { Task } from '../task/task.entity';
import { taskById } from '../task/task.loader';
import { TimelineEntry } from './timeline-entry.entity';

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => Task, {
    nullable: true,
    description: 'The task it concerns; null for the case.',
  })
  task(@Root() entry: TimelineEntry, @Ctx() context: RequestContext) {
    return entry.taskId ? taskById(context).load(entry.taskId) : null;
  }

  @FieldResolver(() => DepartmentReference, {
    nullable: true,
    description: 'The department it concerns; null when it concerns the whole case.',
  })
  department(@Root() entry: TimelineEntry): DepartmentReference | null {
    return entry.departmentCode ? { code: entry.departmentCode } : null;
  }
}
