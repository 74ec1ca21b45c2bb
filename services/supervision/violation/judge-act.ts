import type { EntityManager } from '@mikro-orm/postgresql';
import { localDate, permitProblem, replicaStaffDirectory, type HubEvent } from '../../kit';
import { recordViolation } from './record-violation';
import { ViolationKind } from './violation-kind';

export interface Act {
  by: string;
  at: Date;
  caseId: string | null;
  taskId: string | null;
  departmentCode: string | null;
  subjectKey: string;
}

/** An act counts only from a person holding a work permit valid at that moment. */
export async function judgeAct(em: EntityManager, event: HubEvent, act: Act): Promise<void> {
  const day = localDate(act.at);
  const permits = await replicaStaffDirectory.permits(em, act.by);
  const problems = permits.map((permit) => permitProblem(permit, day, act.at));
  if (problems.includes(null)) return;
  await recordViolation(em, event, {
    kind: ViolationKind.ACT_WITHOUT_PERMIT,
    subjectKey: act.subjectKey,
    caseId: act.caseId,
    taskId: act.taskId,
    departmentCode: act.departmentCode,
    person: act.by,
    judgedAgainst: {
      on: day,
      permits: permits.map((permit, index) => ({ ...permit, problem: problems[index] })),
    },
  });
}
