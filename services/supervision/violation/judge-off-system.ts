import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../../kit';
import { recordViolation } from './record-violation';
import { ViolationKind } from './violation-kind';

/**
 * A decision or licence for a case or task the hub never saw opened was handled outside it.
 * Events arrive in commit order, so the opening would have come first had there been one.
 */
export async function judgeOffSystem(
  em: EntityManager,
  event: HubEvent,
  { subjectKey }: { subjectKey: string },
): Promise<void> {
  const p = event.payload ?? {};
  await recordViolation(em, event, {
    kind: ViolationKind.OFF_SYSTEM_HANDLING,
    subjectKey,
    caseId: null,
    taskId: null,
    departmentCode: p.departmentCode ?? null,
    person: p.by ?? null,
    judgedAgainst: {
      unknownCaseId: p.caseId ?? null,
      unknownTaskId: p.taskId ?? null,
      finding: 'No case or task with these ids was ever submitted or opened in the hub.',
    },
  });
}
