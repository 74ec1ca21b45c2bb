import type { EntityManager } from '@mikro-orm/postgresql';
import {
  clock,
  DomainError,
  forbidden,
  isUuid,
  notFound,
  publishEvent,
  type Identity,
} from '../../kit';
import { isCaseApplicant } from '../access';
import { approvalsTopics } from '../../contracts';
import { cancelOpenTasks } from '../join/cancel-open-tasks';
import { lockCase, tasksOf } from '../join/lock-case';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import type { Case } from './case.entity';
import { CaseStatus } from './case-status';

const withdrawable: readonly CaseStatus[] = [CaseStatus.SUBMITTED, CaseStatus.IN_PROGRESS];

/** The applicant may withdraw until completion; the departments' open tasks are cancelled. */
export async function withdrawCase(
  em: EntityManager,
  identity: Identity,
  caseId: string,
): Promise<Case> {
  return em.transactional(async (tx) => {
    const kase = isUuid(caseId) ? await lockCase(tx, caseId) : null;
    if (!kase) throw notFound('Case', caseId);
    if (!isCaseApplicant(identity, kase)) {
      throw forbidden('Only the applicant of a case may withdraw it.');
    }
    if (!withdrawable.includes(kase.status)) {
      throw new DomainError(
        'CASE_CLOSED',
        `Case ${kase.reference} is ${kase.status}; only a case not yet ended may be withdrawn.`,
        { caseId: kase.id, status: kase.status },
      );
    }
    const at = clock.now();
    kase.status = CaseStatus.WITHDRAWN;
    kase.closedAt = at;
    await cancelOpenTasks(tx, kase, await tasksOf(tx, kase.id), 'CASE_WITHDRAWN', at);
    recordTimeline(tx, {
      caseId: kase.id,
      kind: TimelineKind.WITHDRAWN,
      at,
      by: identity.subject,
      summary: 'Withdrawn by the applicant.',
    });
    await publishEvent(tx, {
      topic: approvalsTopics.caseWithdrawn,
      key: kase.id,
      payload: {
        caseId: kase.id,
        reference: kase.reference,
        applicantId: kase.applicantId,
        by: identity.subject!,
        at: at.toISOString(),
      },
    });
    return kase;
  });
}
