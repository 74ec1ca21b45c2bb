import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../../kit';
import type { ClockContext } from '../clock/clock-context';
import { usedOn } from '../clock/clock-state';
import type { SupervisedTask } from '../task/supervised-task.entity';
import { recordViolation } from './record-violation';
import { ViolationKind } from './violation-kind';

/** A step taken when the task's working days (pauses excluded) exceed its time limit. */
export async function judgeLate(
  em: EntityManager,
  event: HubEvent,
  context: ClockContext,
  task: SupervisedTask,
  { step, day }: { step: string; day: string },
): Promise<void> {
  if (task.limitDays === null || task.closedOn !== null) return;
  const used = usedOn(context.calendar, task, day);
  if (used <= task.limitDays) return;
  await recordViolation(em, event, {
    kind: ViolationKind.LATE_STEP,
    subjectKey: `${task.id}:${step}`,
    caseId: task.caseId,
    taskId: task.id,
    departmentCode: task.departmentCode,
    person: event.payload.by ?? null,
    judgedAgainst: {
      step,
      on: day,
      workingDaysUsed: used,
      limitDays: task.limitDays,
      deadlineOn: task.deadlineOn,
      pausedWorkingDays: task.pausedDays,
    },
  });
}
