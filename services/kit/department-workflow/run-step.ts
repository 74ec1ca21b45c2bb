import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEventMap, TaskActPayload, TopicsMatching } from '../../contracts';
import type { RequestContext } from '../context/request-context';
import type { Role } from '../identity/role';
import { clock } from '../clock/clock';
import { publishEvent } from '../events/publish-event';
import { assertMayAct } from '../staff/assert-may-act';
import type { DepartmentTask } from './department-task.entity';
import { DepartmentTaskStep } from './task-step.entity';
import type { DepartmentStepKind } from './step-kind';
import type { DepartmentReviewStatus } from './review-status';
import { assertStatus, lockTask, WorkflowErrorCode } from './task-lock';
import { taskHasStep, type PublishedStep } from './published-steps';
import { DomainError } from '../errors/domain-error';

/** The `department.task.*` topics a person's step publishes (a resumption is the applicant's). */
export type DepartmentStepTopic = Exclude<
  TopicsMatching<'department.task.*'>,
  'department.task.resumed'
>;

/** Fields of the topic's payload beyond `caseId, taskId, departmentCode, by, at`. */
export type StepFields<T extends DepartmentStepTopic> = T extends DepartmentStepTopic
  ? Omit<HubEventMap[T], keyof TaskActPayload>
  : never;

export interface StepChange<T extends DepartmentStepTopic = DepartmentStepTopic> {
  payload: StepFields<T>;
  /** What the timeline says of it. */
  note: string | null;
}

/** Who acts, when, and the transaction the step runs in. */
export interface Act {
  tx: EntityManager;
  at: Date;
  by: string;
}

export interface Step<T extends DepartmentStepTopic = DepartmentStepTopic> {
  roles: Role[];
  /** Where the task must stand; it depends on the steps its items were published with. */
  from(task: DepartmentTask): readonly DepartmentReviewStatus[];
  /** The published step it is, when only tasks whose items were published with it run it. */
  published?: PublishedStep;
  kind: DepartmentStepKind;
  topic: T;
  /**
   * Checks that need the locked task (chief representative scope, meeting); `duty` is the role
   * the center registered the actor for.
   */
  authorize?(task: DepartmentTask, context: RequestContext, at: Date, duty: string): Promise<void>;
  /** Changes the task; runs in the transaction, after every check. */
  apply(task: DepartmentTask, act: Act): Promise<StepChange<T>>;
  /**
   * Whether the task already holds what this request says (the same opinion, minutes, reasons
   * or requests), once its latest step is this kind by this person; a step that says nothing
   * beyond itself (accept, sign) leaves it out.
   */
  saysWhatTaskHolds?(task: DepartmentTask): boolean;
}

/**
 * A retry: the task's latest step is this very step, by the same person, saying the same. A
 * client that lost the answer (a timeout, a restart) and sends the request again gets the task
 * as that step left it, and nothing is done twice.
 */
async function isRetry(tx: EntityManager, task: DepartmentTask, step: Step, by: string) {
  const latest = await tx.findOne(
    DepartmentTaskStep,
    { taskId: task.id },
    { orderBy: { sequence: 'desc' } },
  );
  return latest?.kind === step.kind && latest.by === by && (step.saysWhatTaskHolds?.(task) ?? true);
}

/**
 * One transition of a department's task: who may act (department, role, work permit), then, in
 * one transaction with the task's row locked, its state, the change, the timeline entry and the
 * `department.task.*` event. A refusal at any point leaves everything as it was. The same
 * request sent again answers what the first did (see `isRetry`).
 */
export async function runStep<T extends DepartmentStepTopic>(
  context: RequestContext,
  departmentCode: string,
  taskId: string,
  step: Step<T>,
): Promise<DepartmentTask> {
  const at = clock.now();
  const { duty } = await assertMayAct(context, { departmentCode, role: step.roles, at });
  const by = context.identity.subject!;
  return context.em.transactional(async (tx) => {
    const task = await lockTask(tx, taskId);
    if (await isRetry(tx, task, step, by)) return task;
    assertPublished(task, step);
    assertStatus(task, step.from(task));
    await step.authorize?.(task, { ...context, em: tx }, at, duty);
    const { payload, note } = await step.apply(task, { tx, at, by });
    tx.create(DepartmentTaskStep, { taskId: task.id, kind: step.kind, by, at, note });
    await tx.flush();
    await publishEvent(tx, {
      topic: step.topic,
      key: task.id,
      // The step's fields plus the ones every step carries make the topic's payload; TypeScript
      // cannot see through the spread of a generic type.
      payload: {
        caseId: task.caseId,
        taskId: task.id,
        departmentCode,
        by,
        ...payload,
        at: at.toISOString(),
      } as unknown as HubEventMap[T],
    });
    return task;
  });
}

/** A task runs exactly the steps its items were published with. */
function assertPublished(task: DepartmentTask, step: Step): void {
  if (!step.published || taskHasStep(task, step.published)) return;
  throw new DomainError(
    WorkflowErrorCode.StepNotPublished,
    `No item of task ${task.id} was published with a ${step.published.toLowerCase()} step.`,
    { taskId: task.id, step: step.published },
  );
}
