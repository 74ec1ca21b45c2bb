import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '../../kit';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { approvalsTopics } from '../../contracts';
import { completeIfAllApproved } from '../join/join-case';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import { commitmentKept, outstandingCommitment } from './commitment-state';

/** Announces that the commitment no longer holds the case back, and completes it if it can. */
export async function announceCommitmentKept(
  tx: EntityManager,
  kase: Case,
  at: Date,
): Promise<void> {
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.COMMITMENT_KEPT,
    at,
    by: kase.commitmentException?.by ?? null,
    summary: kase.commitmentException
      ? `The center's exception ${kase.commitmentException.documentNumber} lets the case complete without ${outstandingCommitment(kase).join(', ') || 'nothing more'}: ${kase.commitmentException.reason}`
      : `Every committed material is verified: ${kase.commitmentVerifiedCodes.join(', ')}.`,
  });
  await publishEvent(tx, {
    topic: approvalsTopics.commitmentKept,
    key: kase.id,
    payload: {
      caseId: kase.id,
      reference: kase.reference,
      applicantId: kase.applicantId,
      verifiedMaterialTypeCodes: kase.commitmentVerifiedCodes,
      outstandingMaterialTypeCodes: outstandingCommitment(kase),
      exception: kase.commitmentException,
      at: at.toISOString(),
    },
  });
  await completeIfAllApproved(tx, kase, at);
}

/**
 * Committed materials of a running case were verified by their lead department: recorded on the
 * case; when the last one arrives, the licences may be delivered. Safe to apply twice.
 */
export async function markCommittedVerified(
  tx: EntityManager,
  kase: Case,
  codes: string[],
  at: Date,
): Promise<void> {
  if (kase.status !== CaseStatus.IN_PROGRESS || commitmentKept(kase)) return;
  const arrived = codes.filter((code) => outstandingCommitment(kase).includes(code));
  if (arrived.length === 0) return;
  kase.commitmentVerifiedCodes = [...kase.commitmentVerifiedCodes, ...arrived].sort();
  recordTimeline(tx, {
    caseId: kase.id,
    kind: TimelineKind.COMMITTED_MATERIAL_VERIFIED,
    at,
    summary: `Committed material verified: ${arrived.join(', ')}.`,
  });
  if (commitmentKept(kase)) await announceCommitmentKept(tx, kase, at);
}

/** The center's documented exception, recorded on a case whose commitment is still open. */
export async function exemptCommitment(
  tx: EntityManager,
  kase: Case,
  exception: { reason: string; documentNumber: string; by: string },
  at: Date,
): Promise<void> {
  kase.commitmentException = { ...exception, at: at.toISOString() };
  await announceCommitmentKept(tx, kase, at);
}
