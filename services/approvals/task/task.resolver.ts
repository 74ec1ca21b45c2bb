import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { clock, isUuid, Role, type RequestContext } from '../../kit';
import { assertMaySeeCase } from '../access';
import { requestCalendar } from '../calendar/calendar.loader';
import { Case } from '../case/case.entity';
import { caseById } from '../case/case.loader';
import { CaseItem } from '../case/case-item';
import { DepartmentReference } from '../case/department-reference';
import { Licence } from '../licence/licence.entity';
import { licencesByTaskId } from '../licence/licence.loader';
import { visibleLicences } from '../licence/licence-visibility';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { timelineByTaskId } from '../timeline/timeline.loader';
import { Clock, readClock } from './clock';
import { supplySupplement } from './supply-supplement';
import { Task } from './task.entity';
import { taskById } from './task.loader';
import { DepartmentReviewReference, departmentReviewOf } from './department-review';

/** One task the caller may see (by its case's rules), or a refusal; null when none has the id. */
export async function visibleTask(context: RequestContext, id: string): Promise<Task | null> {
  const task = isUuid(id) ? await taskById(context).load(id) : null;
  if (!task) return null;
  assertMaySeeCase(context.identity, (await caseById(context).load(task.caseId))!);
  return task;
}

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => Task, {
    nullable: true,
    description: 'One task by id, for whoever may see its case.',
  })
  task(
    @Arg('id', () => ID, { description: 'Task id.' }) id: string,
    @Ctx() context: RequestContext,
  ) {
    return visibleTask(context, id);
  }

  @Authorized(Role.APPLICANT)
  @Mutation(() => Task, {
    description:
      'The applicant declares the supplement a department asked for supplied (upload the new material versions first); the department then resumes its clock.',
  })
  supplySupplement(
    @Arg('taskId', () => ID, { description: 'The task that asked for the supplement.' })
    taskId: string,
    @Ctx() { em, identity }: RequestContext,
  ) {
    return supplySupplement(em, identity, taskId);
  }

  @FieldResolver(() => Case, { description: 'The case the task belongs to.' })
  case(@Root() task: Task, @Ctx() context: RequestContext) {
    return caseById(context).load(task.caseId);
  }

  @FieldResolver(() => DepartmentReference, { description: 'The department working on it.' })
  department(@Root() task: Task): DepartmentReference {
    return { code: task.departmentCode };
  }

  @FieldResolver(() => DepartmentReviewReference, {
    nullable: true,
    description:
      "The department's own review of this task: select the fields every department shares with `... on DepartmentReview`, a department's own with `... on DrcReview` and the like. Null while the department has not yet received the task.",
  })
  review(@Root() task: Task) {
    return departmentReviewOf(task);
  }

  @FieldResolver(() => [CaseItem], { description: "The case's items this department decides." })
  items(@Root() task: Task): CaseItem[] {
    return task.items;
  }

  @FieldResolver(() => Clock, {
    description:
      "The task's clock: working days used and left, paused while a supplement is awaited.",
  })
  async clock(@Root() task: Task, @Ctx() context: RequestContext): Promise<Clock> {
    return readClock(
      await requestCalendar(context),
      {
        limitDays: task.limitDays,
        startedAt: task.openedAt,
        deadlineOn: task.deadlineOn,
        pausedDays: task.pausedDays,
        pausedSince: task.pausedSince,
        stoppedAt: task.closedAt,
      },
      clock.now(),
    );
  }

  @FieldResolver(() => Licence, {
    nullable: true,
    description:
      "The licence of the task's first item, once approved (for the applicant: once delivered); `licences` has one per item.",
  })
  async licence(@Root() task: Task, @Ctx() context: RequestContext): Promise<Licence | null> {
    const [first] = visibleLicences(context, await licencesByTaskId(context).load(task.id));
    return first ?? null;
  }

  @FieldResolver(() => [Licence], {
    description:
      'Every licence the department signed for the task, one per item it approved (for the applicant: once delivered, all together at completion).',
  })
  async licences(@Root() task: Task, @Ctx() context: RequestContext): Promise<Licence[]> {
    return visibleLicences(context, await licencesByTaskId(context).load(task.id));
  }

  @FieldResolver(() => [TimelineEntry], {
    description: 'What happened to this task, oldest first.',
  })
  timeline(@Root() task: Task, @Ctx() context: RequestContext) {
    return timelineByTaskId(context).load(task.id);
  }
}

export const resolveTaskReference = (reference: Record<string, unknown>, context: RequestContext) =>
  visibleTask(context, String(reference.id));

/** A `DepartmentReview` another subgraph names by id, for whoever may see the task's case. */
export async function resolveDepartmentReviewReference(
  reference: Record<string, unknown>,
  context: RequestContext,
) {
  const task = await visibleTask(context, String(reference.id));
  return task && departmentReviewOf(task);
}
