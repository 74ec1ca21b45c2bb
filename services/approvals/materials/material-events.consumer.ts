import type { EntityManager } from '@mikro-orm/postgresql';
import { defineConsumer, forgetVerifiedMaterial, recordMaterialReview } from '../../kit';
import type { MaterialReviewedPayload } from '../../contracts';
import { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { markCommittedVerified } from '../commitment/keep-commitment';
import { lockCase } from '../join/lock-case';
import { recordSubmission } from './material-submissions';

/** A verified material may be one a running case was accepted without. */
async function materialReviewed(p: MaterialReviewedPayload, em: EntityManager) {
  await recordMaterialReview(em, p);
  if (p.decision !== 'VERIFIED') return;
  const waiting = await em.find(
    Case,
    {
      applicantId: p.applicantId,
      status: CaseStatus.IN_PROGRESS,
      commitmentMaterialTypeCodes: { $contains: [p.materialTypeCode] },
    },
    { fields: ['id'] },
  );
  for (const { id } of waiting) {
    const kase = await lockCase(em, id);
    if (kase) await markCommittedVerified(em, kase, [p.materialTypeCode], new Date(p.at));
  }
}

/** What approvals follows of the applicant's materials: hand-overs and one-time reviews. */
export const materialEventsConsumer = defineConsumer({
  name: 'approvals.materials',
  topics: ['materials.material.submitted', 'materials.material.reviewed'],
  async handle(event, em) {
    if (event.topic === 'materials.material.submitted') {
      await recordSubmission(em, event.payload);
      await forgetVerifiedMaterial(em, event.payload.applicantId, event.payload.materialTypeCode);
    } else await materialReviewed(event.payload, em);
  },
});
