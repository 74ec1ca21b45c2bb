import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, defineConsumer, DomainError, isUuid, publishEvent } from '../../kit';
import { Applicant } from '../applicant/applicant.entity';
import type { CaseSubmittedPayload, PrerequisitesCheckedPayload } from '../../contracts';
import { checkPrerequisites } from './check-prerequisites';
import { PrerequisiteVerdict } from './prerequisite-verdict';
import { RequirementState } from './requirement-state';

/** Pending materials are not verified yet: the case cannot be accepted on them. */
const verdictOf = (verdict: PrerequisiteVerdict) =>
  verdict === PrerequisiteVerdict.SATISFIED ||
  verdict === PrerequisiteVerdict.SATISFIED_UNDER_COMMITMENT
    ? verdict
    : 'UNSATISFIED';

/**
 * Runs the one-time prerequisite check for every case approvals takes in and announces the
 * outcome, from which approvals accepts the case or returns it with one notice.
 */
async function caseSubmitted(
  { caseId, applicantId, requirements }: CaseSubmittedPayload,
  em: EntityManager,
): Promise<void> {
  const at = clock.now();
  const applicant = isUuid(applicantId) ? await em.findOne(Applicant, { id: applicantId }) : null;
  const applicantName = applicant?.name ?? null;
  let checked: Pick<PrerequisitesCheckedPayload, 'verdict' | 'requirements'>;
  try {
    const check = await checkPrerequisites(
      em,
      applicantId,
      requirements.map((requirement) => ({
        materialTypeCode: requirement.materialTypeCode,
        core: requirement.core,
        mayBeMissingUnderCommitment: requirement.mayBeMissingAtAcceptance && !requirement.core,
      })),
      at,
    );
    checked = {
      verdict: verdictOf(check.verdict),
      requirements: check.requirements.map((requirement) => ({
        materialTypeCode: requirement.materialType.code,
        state: requirement.state,
        materialVersionId: requirement.material?.id ?? null,
        problems: requirement.notice,
      })),
    };
  } catch (error) {
    // An unknown applicant or material type will not change on a retry: the case goes back
    // with the reason instead of holding every later case up.
    if (!(error instanceof DomainError)) throw error;
    checked = {
      verdict: 'UNSATISFIED',
      requirements: requirements.map((requirement) => ({
        materialTypeCode: requirement.materialTypeCode,
        state: RequirementState.MISSING,
        materialVersionId: null,
        problems: [error.message],
      })),
    };
  }
  await publishEvent(em, {
    topic: 'materials.prerequisites.checked',
    key: caseId,
    payload: { caseId, applicantId, applicantName, ...checked, at: at.toISOString() },
  });
}

export const caseSubmittedConsumer = defineConsumer({
  name: 'materials.case-submitted',
  topics: ['approvals.case.submitted'],
  handle: (event, em) => caseSubmitted(event.payload, em),
});
