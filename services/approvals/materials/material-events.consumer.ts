import type { EntityManager } from '@mikro-orm/postgresql';
import {
  forgetVerifiedMaterial,
  materialReviewedTopic,
  recordMaterialReview,
  type EventConsumer,
  type HubEvent,
  type MaterialReviewedPayload,
} from '../../kit';
import { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { markCommittedVerified } from '../commitment/keep-commitment';
import { eventInstant } from '../join/event-instant';
import { lockCase } from '../join/lock-case';
import {
  materialSubmittedTopic,
  recordSubmission,
  type MaterialSubmittedPayload,
} from './material-submissions';

/** A verified material may be one a running case was accepted without. */
async function materialReviewed(event: HubEvent<MaterialReviewedPayload>, em: EntityManager) {
  const p = event.payload;
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
    if (kase) await markCommittedVerified(em, kase, [p.materialTypeCode], eventInstant(event));
  }
}

/** What approvals follows of the applicant's materials: hand-overs and one-time reviews. */
export const materialEventsConsumer: EventConsumer = {
  name: 'approvals.materials',
  topics: [materialSubmittedTopic, materialReviewedTopic],
  async handle(event, em) {
    if (event.topic === materialSubmittedTopic) {
      const p = (event as HubEvent<MaterialSubmittedPayload>).payload;
      await recordSubmission(em, p);
      await forgetVerifiedMaterial(em, p.applicantId, p.materialTypeCode);
    } else await materialReviewed(event, em);
  },
};
