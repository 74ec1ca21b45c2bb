import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addWorkingDays,
  defineConsumer,
  loadCalendar,
  publishEvent,
  verifiedMaterials,
  type WorkingCalendar,
} from '../../kit';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import type { NoticeEntry } from '../case/notice-entry';
import { approvalsTopics, materialsTopics, type DeliveredEvent } from '../../contracts';
import { fanOut } from '../task/fan-out';
import { commitmentKept } from '../commitment/commitment-state';
import { announceCommitmentKept } from '../commitment/keep-commitment';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { commitmentLimitDays } from './commitment-limit';
import { enteredYears, firstMissingYear } from '../calendar/entered-years';
import { lockCase } from './lock-case';
import { eventInstant } from './event-instant';
import { judgePrerequisites } from './judge-prerequisites';
import { assessFees } from '../fee/fee-assessment';

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

/**
 * Accepts a case and fans it out, or, when its deadline would need a calendar year the center
 * has not entered, keeps it waiting for that year (visibly, on the case and its timeline): the
 * reform counts time limits in working days of the center's calendar, never guessed ones.
 */
export async function acceptCase(
  tx: EntityManager,
  kase: Case,
  committed: string[],
  at: Date,
  calendar?: WorkingCalendar,
) {
  calendar ??= await loadCalendar(tx);
  const deadlineOn = addWorkingDays(calendar, at, kase.timeLimitDays);
  const missing = firstMissingYear(calendar, await enteredYears(tx), at, deadlineOn);
  kase.commitmentMaterialTypeCodes = committed;
  if (missing !== null) {
    if (kase.calendarWaitingYear === missing) return;
    kase.calendarWaitingYear = missing;
    recordTimeline(tx, {
      caseId: kase.id,
      kind: TimelineKind.CALENDAR_WAITING,
      at,
      summary: `Acceptance waits for the center to enter ${missing} in the calendar: the ${kase.timeLimitDays} working days would run into it.`,
    });
    return;
  }
  kase.calendarWaitingYear = null;
  kase.status = CaseStatus.IN_PROGRESS;
  kase.acceptedAt = at;
  kase.deadlineOn = deadlineOn;
  // A committed material verified between the check and now is already kept.
  kase.commitmentVerifiedCodes = (await verifiedMaterials(tx, kase.applicantId, committed)).map(
    (material) => material.materialTypeCode,
  );
  // Every committed material has its own clock, all started at acceptance with the same limit.
  const limitDays = Math.min(commitmentLimitDays, kase.timeLimitDays);
  const commitmentDeadlineOn = addWorkingDays(calendar, at, limitDays);
  const commitment = committed.length
    ? {
        materialTypeCodes: committed,
        deadlineOn: commitmentDeadlineOn,
        limitDays,
        materials: committed.map((materialTypeCode) => ({
          materialTypeCode,
          deadlineOn: commitmentDeadlineOn,
        })),
      }
    : null;
  kase.commitmentDeadlineOn = commitment?.deadlineOn ?? null;
  kase.feeAssessment = await assessFees(tx, kase.items);
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.ACCEPTED,
    at,
    summary: commitment
      ? `Accepted with ${committed.join(', ')} missing under commitment until ${commitment.deadlineOn}; due ${kase.deadlineOn}.`
      : `Accepted; due ${kase.deadlineOn}.`,
  });
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.FEES_ASSESSED,
    at,
    summary: kase.feeAssessment.length
      ? `Fees assessed from the fee catalog: ${kase.feeAssessment.map((fee) => `${fee.itemCode} ${fee.feeCode} (${fee.standard})`).join('; ')}.`
      : 'Fees assessed from the fee catalog: none is charged.',
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
      fees: kase.feeAssessment.map((fee) => ({
        itemCode: fee.itemCode,
        itemVersion: fee.itemVersion,
        departmentCode: fee.departmentCode,
        code: fee.feeCode,
        name: fee.name,
        standard: fee.standard,
        legalBasis: fee.legalBasis,
      })),
      at: at.toISOString(),
    },
  });
  await fanOut(tx, kase, calendar, at);
  if (committed.length > 0 && commitmentKept(kase)) await announceCommitmentKept(tx, kase, at);
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
