import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, defineConsumer, loadCalendar, publishEvent } from '../../kit';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import type { MaterialRequirement } from '../case/material-requirement';
import type { NoticeEntry } from '../case/notice-entry';
import {
  approvalsTopics,
  materialsTopics,
  type DeliveredEvent,
  type PrerequisitesCheckedPayload,
  type RequirementStatePayload,
} from '../../contracts';
import { fanOut } from '../task/fan-out';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { commitmentLimitDays } from './commitment-limit';
import { lockCase } from './lock-case';
import { eventInstant } from './event-instant';

type Checked = PrerequisitesCheckedPayload['requirements'][number];

/** Core materials must be verified; others verified, or missing where the items allow it. */
const acceptable = (requirement: MaterialRequirement, state: RequirementStatePayload) =>
  state === 'VERIFIED' ||
  (state === 'MISSING_UNDER_COMMITMENT' &&
    requirement.mayBeMissingAtAcceptance &&
    !requirement.core);

function judge(kase: Case, checked: Checked[]) {
  const byCode = new Map(checked.map((entry) => [entry.materialTypeCode, entry]));
  const notice: NoticeEntry[] = [];
  const committed: string[] = [];
  for (const requirement of kase.requirements) {
    const entry = byCode.get(requirement.materialTypeCode);
    const state = entry?.state ?? 'MISSING';
    if (!acceptable(requirement, state)) {
      notice.push({
        materialTypeCode: requirement.materialTypeCode,
        state: state === 'MISSING_UNDER_COMMITMENT' ? 'MISSING' : state,
        problems: entry?.problems.length ? entry.problems : ['Not handed over.'],
      });
    } else if (state === 'MISSING_UNDER_COMMITMENT') {
      committed.push(requirement.materialTypeCode);
    }
  }
  return { notice, committed };
}

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
  const { notice, committed } = judge(kase, event.payload.requirements ?? []);
  if (notice.length > 0) await returnCase(em, kase, notice, at);
  else await acceptCase(em, kase, committed, at);
}

export const prerequisitesCheckedConsumer = defineConsumer({
  name: 'approvals.prerequisites',
  topics: [materialsTopics.prerequisitesChecked],
  handle: prerequisitesChecked,
});
