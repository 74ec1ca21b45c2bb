import { DomainError, badInput, notFound, type RequestContext, isUuid, clock } from '../../kit';
import type { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { lockCase } from '../join/lock-case';
import { commitmentKept } from './commitment-state';
import { exemptCommitment } from './keep-commitment';

export interface CommitmentExceptionInput {
  caseId: string;
  reason: string;
  documentNumber: string;
}

/**
 * The center lets a running case complete without its committed materials, on a documented
 * decision (reason and document number), recorded on the case's timeline and announced.
 */
export async function recordCommitmentException(
  { em, identity }: RequestContext,
  input: CommitmentExceptionInput,
): Promise<Case> {
  const reason = input.reason.trim();
  const documentNumber = input.documentNumber.trim();
  if (!reason || reason.length > 2000) {
    throw badInput('An exception states its reason (1 to 2000 characters).', { field: 'reason' });
  }
  if (!documentNumber || documentNumber.length > 100) {
    throw badInput('An exception names the document that records it (1 to 100 characters).', {
      field: 'documentNumber',
    });
  }
  if (!isUuid(input.caseId)) throw notFound('Case', input.caseId);
  return em.transactional(async (tx) => {
    const kase = await lockCase(tx, input.caseId);
    if (!kase) throw notFound('Case', input.caseId);
    if (kase.status !== CaseStatus.IN_PROGRESS || commitmentKept(kase)) {
      throw new DomainError(
        'NO_OPEN_COMMITMENT',
        `Case ${kase.reference} has no commitment still holding it back (status ${kase.status}).`,
        { caseId: kase.id, status: kase.status },
      );
    }
    await exemptCommitment(
      tx,
      kase,
      { reason, documentNumber, by: identity.subject! },
      clock.now(),
    );
    return kase;
  });
}
