import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, defineConsumer, loadCalendar, publishEvent } from '../../kit';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import type { NoticeEntry } from '../case/notice-entry';
import { approvalsTopics, materialsTopics, type DeliveredEvent } from '../../contracts';
import { fanOut } from '../task/fan-out';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { commitmentLimitDays } from './commitment-limit';
import { lockCase } from './lock-case';
import { eventInstant } from './event-instant';
import { judgePrerequisites } from './judge-prerequisites';

async function returnCase(tx: EntityManager, kase: Case, notice: NoticeEntry[], at: Date) {
  kase.status = CaseStatus.RETURNED;
  kase.notice = notice;
  kase.closedAt = at;
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.RETURNED,
    at,
    summary: `Returned with one notice of ${notice.length} material(s): ${notice.map((n) => n.materialTypeCode).join(', ')}.`,
  });
  await publishEvent(tx, {
    topic: approvalsTopics.caseReturned,
    key: kase.id,
    payload: {
      caseId: kase.id,
      reference: kase.reference,
      applicantId: kase.applicantId,
      notice,
      at: at.toISOString(),
    },
  });
}

async function acceptCase(tx: EntityManager, kase: Case, committed: string[], at: Date) {
  const calendar = await loadCalendar(tx);
  kase.status = CaseStatus.IN_PROGRESS;
  kase.acceptedAt = at;
  const deadlineOn = addWorkingDays(calendar, at, kase.timeLimitDays);
  kase.deadlineOn = deadlineOn;
  kase.commitmentMaterialTypeCodes = committed;
  const commitment = committed.length
    ? {
        materialTypeCodes: committed,
        deadlineOn: addWorkingDays(calendar, at, Math.min(commitmentLimitDays, kase.timeLimitDays)),
      }
    : null;
  kase.commitmentDeadlineOn = commitment?.deadlineOn ?? null;
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.ACCEPTED,
    at,
    summary: commitment
      ? `Accepted with ${committed.join(', ')} missing under commitment until ${commitment.deadlineOn}; due ${kase.deadlineOn}.`
      : `Accepted; due ${kase.deadlineOn}.`,
  });
  await publishEvent(tx, {
    topic: approvalsTopics.caseAccepted,
    key: kase.id,
    payload: {
      caseId: kase.id,
      reference: kase.reference,
      applicantId: kase.applicantId,
      deadlineOn,
      commitment,
      at: at.toISOString(),
    },
  });
  await fanOut(tx, kase, calendar, at);
}

/** Acceptance or one notice, on the outcome of materials' one-time prerequisite check. */
async function prerequisitesChecked(
  event: DeliveredEvent<typeof materialsTopics.prerequisitesChecked>,
  em: EntityManager,
): Promise<void> {
  const kase = await lockCase(em, event.payload.caseId);
  // Already decided (or withdrawn meanwhile): a second outcome changes nothing.
  if (!kase || kase.status !== CaseStatus.SUBMITTED) return;
  const at = eventInstant(event);
  kase.applicantName = event.payload.applicantName ?? null;
  const { notice, committed } = judgePrerequisites(
    kase.requirements,
    event.payload.requirements ?? [],
  );
  if (notice.length > 0) await returnCase(em, kase, notice, at);
  else await acceptCase(em, kase, committed, at);
}

export const prerequisitesCheckedConsumer = defineConsumer({
  name: 'approvals.prerequisites',
  topics: [materialsTopics.prerequisitesChecked],
  handle: prerequisitesChecked,
});
