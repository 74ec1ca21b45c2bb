import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '../../kit';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { approvalsTopics } from '../../contracts';
import { Licence } from '../licence/licence.entity';
import type { Task } from '../task/task.entity';
import { TaskStatus } from '../task/task-status';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { cancelOpenTasks } from './cancel-open-tasks';
import { commitmentKept, outstandingCommitment } from '../commitment/commitment-state';
import { tasksOf } from './lock-case';

/** One rejection ends the whole case: the other departments stop work. */
export async function rejectCase(
  tx: EntityManager,
  kase: Case,
  rejected: Task,
  reasons: string[],
  at: Date,
): Promise<void> {
  kase.status = CaseStatus.REJECTED;
  kase.closedAt = at;
  const others = (await tasksOf(tx, kase.id)).filter((task) => task.id !== rejected.id);
  await cancelOpenTasks(tx, kase, others, 'CASE_REJECTED', at);
  recordTimeline(tx, {
    caseId: kase.id,
    departmentCode: rejected.departmentCode,
    kind: TimelineKind.REJECTED,
    at,
    summary: `Rejected by ${rejected.departmentCode}; the other tasks were cancelled.`,
  });
  await publishEvent(tx, {
    topic: approvalsTopics.caseRejected,
    key: kase.id,
    payload: {
      caseId: kase.id,
      reference: kase.reference,
      applicantId: kase.applicantId,
      departmentCode: rejected.departmentCode,
      reasons,
      at: at.toISOString(),
    },
  });
}

/**
 * When the last department approves, every licence of the case is delivered at once; a case
 * accepted under commitment waits, approved, until its commitment is kept (every committed
 * material verified, or the center's documented exception).
 */
export async function completeIfAllApproved(
  tx: EntityManager,
  kase: Case,
  at: Date,
): Promise<void> {
  if (kase.status !== CaseStatus.IN_PROGRESS) return;
  const tasks = await tasksOf(tx, kase.id);
  if (!tasks.every((task) => task.status === TaskStatus.APPROVED)) return;
  if (!commitmentKept(kase)) {
    recordTimeline(tx, {
      caseId: kase.id,
      kind: TimelineKind.COMPLETION_WAITING,
      at,
      summary: `Every department approved; the licences wait until ${outstandingCommitment(kase).join(', ')} (committed until ${kase.commitmentDeadlineOn}) is verified, or the center records an exception.`,
    });
    return;
  }
  await tx.flush();
  const licences = await tx.find(Licence, { caseId: kase.id }, { orderBy: { serial: 'asc' } });
  kase.status = CaseStatus.COMPLETED;
  kase.closedAt = at;
  for (const licence of licences) {
    licence.deliveredAt = at;
    recordTimeline(tx, {
      caseId: kase.id,
      taskId: licence.taskId,
      departmentCode: licence.departmentCode,
      kind: TimelineKind.LICENCE_ISSUED,
      at,
      summary: `Licence ${licence.serial} delivered.`,
    });
    await publishEvent(tx, {
      topic: approvalsTopics.licenceIssued,
      key: licence.serial,
      payload: {
        licenceId: licence.id,
        serial: licence.serial,
        caseId: kase.id,
        applicantId: kase.applicantId,
        departmentCode: licence.departmentCode,
        materialTypeCode: licence.materialTypeCode,
        issuedAt: licence.issuedAt.toISOString(),
        validUntil: licence.validUntil?.toISOString() ?? null,
        contentSha256: licence.contentSha256,
      },
    });
  }
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.COMPLETED,
    at,
    summary: `Completed: every department approved; ${licences.length} licence(s) delivered together.`,
  });
  await publishEvent(tx, {
    topic: approvalsTopics.caseCompleted,
    key: kase.id,
    payload: {
      caseId: kase.id,
      reference: kase.reference,
      applicantId: kase.applicantId,
      licenceSerials: licences.map((licence) => licence.serial),
      at: at.toISOString(),
    },
  });
}
