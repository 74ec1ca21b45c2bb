import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, localDate, publishEvent, sql, type HubEvent } from '../../kit';
import { supervisionTopics } from '../../contracts';
import type { ViolationKind } from './violation-kind';

export interface Finding {
  kind: ViolationKind;
  /** Unique per kind: the same act found twice is one violation. */
  subjectKey: string;
  caseId?: string | null;
  taskId?: string | null;
  departmentCode?: string | null;
  person?: string | null;
  /** What the event was judged against, beside the event itself. */
  judgedAgainst: object;
}

/** Records a violation once; only the delivery that inserted it announces it. */
export async function recordViolation(
  em: EntityManager,
  event: HubEvent,
  finding: Finding,
): Promise<void> {
  const now = clock.now();
  const evidence = {
    event: { topic: event.topic, position: event.position, key: event.key, payload: event.payload },
    judgedAgainst: finding.judgedAgainst,
  };
  const [inserted] = await sql<{ id: string }>(
    em,
    `insert into violation (kind, subject_key, case_id, task_id, department_code, person,
       evidence, event_position, detected_at, detected_on)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
     on conflict (kind, subject_key) do nothing
     returning id`,
    [
      finding.kind,
      finding.subjectKey,
      finding.caseId ?? null,
      finding.taskId ?? null,
      finding.departmentCode ?? null,
      finding.person ?? null,
      JSON.stringify(evidence),
      event.position,
      now,
      localDate(now),
    ],
  );
  if (!inserted) return;
  await publishEvent(em, {
    topic: supervisionTopics.violationRecorded,
    key: inserted.id,
    payload: {
      violationId: inserted.id,
      kind: finding.kind,
      caseId: finding.caseId ?? null,
      taskId: finding.taskId ?? null,
      departmentCode: finding.departmentCode ?? null,
      person: finding.person ?? null,
      eventPosition: event.position,
      at: now.toISOString(),
    },
  });
}
