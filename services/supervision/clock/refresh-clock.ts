import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent, sql } from '../../kit';
import type { SupervisedCase } from '../case/supervised-case.entity';
import type { SupervisedTask } from '../task/supervised-task.entity';
import type { SupervisedCommitment } from '../commitment/supervised-commitment.entity';
import { ClockSubjectKind } from '../warning/clock-subject-kind';
import { supervisionTopics, type WarningRaisedPayload } from '../../contracts';
import type { ClockContext } from './clock-context';
import { dueDates, readClock } from './clock-state';
import { WarningLevel } from './warning-level';

const rank = { [WarningLevel.GREEN]: 0, [WarningLevel.YELLOW]: 1, [WarningLevel.RED]: 2 };

export type ClockSubject =
  | { kind: ClockSubjectKind.CASE; entity: SupervisedCase; case: SupervisedCase }
  | { kind: ClockSubjectKind.TASK; entity: SupervisedTask; case: SupervisedCase }
  | { kind: ClockSubjectKind.COMMITMENT; entity: SupervisedCommitment; case: SupervisedCase };

/**
 * Brings a clock's stored level and due dates up to date. A rise to yellow or red records a
 * warning; the unique (subject, level) constraint keeps it to one however many replicas or
 * redeliveries get here, and only the one that inserted it announces it.
 */
export async function refreshClock(
  em: EntityManager,
  context: ClockContext,
  subject: ClockSubject,
): Promise<void> {
  const { entity } = subject;
  const reading = readClock(context.calendar, entity, context.today, context.yellowThreshold);
  Object.assign(entity, dueDates(context.calendar, entity, context.yellowThreshold));
  if (!reading || reading.level === entity.level) return;
  const rising = rank[reading.level] > rank[entity.level];
  entity.level = reading.level;
  if (!rising) return;
  const level = reading.level as WarningLevel.YELLOW | WarningLevel.RED;
  const departmentCode =
    subject.kind === ClockSubjectKind.TASK ? subject.entity.departmentCode : null;
  const materialTypeCode =
    subject.kind === ClockSubjectKind.COMMITMENT ? subject.entity.materialTypeCode : null;
  const [inserted] = await sql<{ id: string }>(
    em,
    `insert into clock_warning (subject_kind, subject_id, case_id, department_code,
       material_type_code, level, working_days_used, working_days_left, deadline_on, raised_at,
       raised_on)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (subject_kind, subject_id, level) do nothing
     returning id`,
    [
      subject.kind,
      entity.id,
      subject.case.id,
      departmentCode,
      materialTypeCode,
      level,
      reading.used,
      reading.left,
      reading.effectiveDeadlineOn,
      context.now,
      context.today,
    ],
  );
  if (!inserted) return;
  const payload: WarningRaisedPayload = {
    warningId: inserted.id,
    subjectKind: subject.kind,
    subjectId: entity.id,
    caseId: subject.case.id,
    caseReference: subject.case.reference,
    applicantId: subject.case.applicantId,
    departmentCode,
    ...(materialTypeCode ? { materialTypeCode } : {}),
    level,
    workingDaysUsed: reading.used,
    workingDaysLeft: reading.left,
    deadlineOn: reading.effectiveDeadlineOn,
    at: context.now.toISOString(),
  };
  await publishEvent(em, {
    topic: supervisionTopics.warningRaised,
    key: inserted.id,
    payload,
  });
}
