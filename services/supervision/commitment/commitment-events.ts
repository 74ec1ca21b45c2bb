import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TopicHandlers } from '../../kit';
import type { DeliveredEvent } from '../../contracts';
import type { ClockContext } from '../clock/clock-context';
import { closeClock, openClock } from '../clock/clock-operations';
import { refreshCase, refreshCommitment, refreshTask } from '../clock/clock-subjects';
import { eventTime } from '../events/event-day';
import { SupervisedCase } from '../case/supervised-case.entity';
import { SupervisedTask } from '../task/supervised-task.entity';
import { recordViolation } from '../violation/record-violation';
import { ViolationKind } from '../violation/violation-kind';
import { ClockSubjectKind } from '../warning/clock-subject-kind';
import { CommitmentKeptBy } from './commitment-kept-by';
import { SupervisedCommitment } from './supervised-commitment.entity';

type CommitmentTopic =
  | 'materials.material.reviewed'
  | 'approvals.commitment.kept'
  | 'approvals.case.deadlines-recomputed'
  | 'supervision.warning.raised';

/**
 * Reform rule (acceptance with missing materials, 容缺受理): each material a case was accepted
 * without gets a clock of its own, from acceptance to the deadline approvals set for it.
 */
export async function openCommitmentClocks(
  em: EntityManager,
  context: ClockContext,
  event: DeliveredEvent<'approvals.case.accepted'>,
  owner: SupervisedCase,
): Promise<void> {
  const { commitment } = event.payload;
  if (!commitment) return;
  const { day } = eventTime(event.payload.at, event.occurredAt);
  const materials =
    commitment.materials ??
    commitment.materialTypeCodes.map((materialTypeCode) => ({
      materialTypeCode,
      deadlineOn: commitment.deadlineOn,
    }));
  for (const { materialTypeCode, deadlineOn } of materials) {
    // A redelivered acceptance finds its clocks and changes nothing.
    if (await em.findOne(SupervisedCommitment, { caseId: owner.id, materialTypeCode })) continue;
    const clock = Object.assign(new SupervisedCommitment(), {
      id: randomUUID(),
      caseId: owner.id,
      materialTypeCode,
    });
    openClock(context.calendar, clock, day, deadlineOn);
    em.persist(clock);
    await refreshCommitment(em, context, clock);
  }
}

/** Stops the running commitment clocks of some cases (or only those of one material type). */
export async function closeCommitmentClocks(
  em: EntityManager,
  context: ClockContext,
  caseIds: string[],
  day: string,
  keptBy: (materialTypeCode: string) => CommitmentKeptBy,
  materialTypeCode?: string,
): Promise<void> {
  if (caseIds.length === 0) return;
  const running = await em.find(SupervisedCommitment, {
    caseId: { $in: caseIds },
    closedOn: null,
    ...(materialTypeCode ? { materialTypeCode } : {}),
  });
  for (const clock of running) {
    closeClock(context.calendar, clock, day);
    clock.keptBy = keptBy(clock.materialTypeCode);
    await refreshCommitment(em, context, clock);
  }
}

/** What supervision does with commitments: clocks stop when kept, move with the calendar. */
export const commitmentHandlers: TopicHandlers<CommitmentTopic, [EntityManager, ClockContext]> = {
  async 'materials.material.reviewed'(event, em, context) {
    const p = event.payload;
    if (p.decision !== 'VERIFIED') return;
    const { day } = eventTime(p.at, event.occurredAt);
    const cases = await em.find(SupervisedCase, { applicantId: p.applicantId }, { fields: ['id'] });
    await closeCommitmentClocks(
      em,
      context,
      cases.map((kase) => kase.id),
      day,
      () => CommitmentKeptBy.VERIFIED,
      p.materialTypeCode,
    );
  },

  async 'approvals.commitment.kept'(event, em, context) {
    const p = event.payload;
    const { day } = eventTime(p.at, event.occurredAt);
    await closeCommitmentClocks(em, context, [p.caseId], day, (code) =>
      p.verifiedMaterialTypeCodes.includes(code)
        ? CommitmentKeptBy.VERIFIED
        : CommitmentKeptBy.EXCEPTION,
    );
  },

  // One clock truth: when the center changes the calendar, approvals moves the case's, its tasks'
  // and its commitments' deadlines; supervision's clocks take the same dates.
  async 'approvals.case.deadlines-recomputed'(event, em, context) {
    const p = event.payload;
    const kase = await em.findOne(SupervisedCase, { id: p.caseId });
    if (kase && p.deadlineOn) {
      kase.deadlineOn = p.deadlineOn;
      await refreshCase(em, context, kase);
    }
    const deadlines = new Map(p.tasks.map((moved) => [moved.taskId, moved.deadlineOn]));
    const tasks = await em.find(SupervisedTask, { id: { $in: [...deadlines.keys()] } });
    for (const task of tasks) {
      task.deadlineOn = deadlines.get(task.id)!;
      await refreshTask(em, context, task);
    }
    if (!p.commitmentDeadlineOn) return;
    const running = await em.find(SupervisedCommitment, { caseId: p.caseId, closedOn: null });
    for (const clock of running) {
      clock.deadlineOn = p.commitmentDeadlineOn;
      await refreshCommitment(em, context, clock);
    }
  },

  /** A commitment clock turned red: its deadline passed with the material unverified. */
  async 'supervision.warning.raised'(event, em) {
    const p = event.payload;
    if (p.subjectKind !== ClockSubjectKind.COMMITMENT || p.level !== 'RED') return;
    const clock = await em.findOne(SupervisedCommitment, { id: p.subjectId });
    await recordViolation(em, event, {
      kind: ViolationKind.COMMITMENT_OVERDUE,
      subjectKey: `commitment:${p.subjectId}`,
      caseId: p.caseId,
      judgedAgainst: {
        materialTypeCode: clock?.materialTypeCode ?? p.materialTypeCode ?? null,
        deadlineOn: p.deadlineOn,
        workingDaysUsed: p.workingDaysUsed,
      },
    });
  },
};
