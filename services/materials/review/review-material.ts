import { LockMode } from '@mikro-orm/postgresql';
import {
  assertOwnDepartment,
  assertRegisteredStaff,
  badInput,
  clock,
  DomainError,
  isUuid,
  notFound,
  publishEvent,
  type RequestContext,
} from '../../kit';
import { MaterialType } from '../material-type/material-type.entity';
import { Material } from '../material/material.entity';
import { MaterialStatus } from '../material/material-status';
import { MaterialReview } from './material-review.entity';
import { ReviewDecision } from './review-decision';
import type { ReviewMaterialInput } from './review-material.input';

const maxProblems = 50;
const maxProblemLength = 1000;

/**
 * The one-time prerequisite review: a reviewer of the type's lead department verifies or rejects
 * a pending current version, once. A verified version is then valid for the type's validity.
 */
export async function reviewMaterial(
  context: RequestContext,
  input: ReviewMaterialInput,
  now = clock.now(),
): Promise<Material> {
  await assertRegisteredStaff(context);
  const problems = input.problems.map((problem) => problem.trim());
  if (problems.length > maxProblems) {
    throw badInput(`List at most ${maxProblems} problems.`, { count: problems.length });
  }
  if (problems.some((problem) => problem === '' || problem.length > maxProblemLength)) {
    throw badInput(`Each problem takes 1 to ${maxProblemLength} characters.`);
  }
  if (input.decision === ReviewDecision.REJECTED && problems.length === 0) {
    throw badInput('A rejection lists every problem found; give at least one.');
  }
  if (input.decision === ReviewDecision.VERIFIED && problems.length > 0) {
    throw badInput('A verified material has no problems; reject it instead.');
  }
  const { em, identity } = context;
  if (!isUuid(input.materialId)) throw notFound('Material', input.materialId);
  const found = await em.findOne(Material, { id: input.materialId });
  if (!found) throw notFound('Material', input.materialId);
  const type = await em.findOneOrFail(MaterialType, { code: found.materialTypeCode });
  assertOwnDepartment(context, type.leadDepartmentCode);

  return em.transactional(async (tx) => {
    const material = await tx.findOneOrFail(
      Material,
      { id: input.materialId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (material.supersededAt !== null) {
      throw new DomainError(
        'MATERIAL_SUPERSEDED',
        'A newer version replaced this one; review that.',
        {
          materialId: material.id,
        },
      );
    }
    if (material.status !== MaterialStatus.PENDING) {
      throw new DomainError(
        'ALREADY_REVIEWED',
        'This version was already reviewed, once for all.',
        {
          materialId: material.id,
          status: material.status,
        },
      );
    }
    const verified = input.decision === ReviewDecision.VERIFIED;
    material.status = verified ? MaterialStatus.VERIFIED : MaterialStatus.REJECTED;
    material.validUntil =
      verified && type.validityMonths ? addMonths(now, type.validityMonths) : null;
    tx.persist(
      tx.create(MaterialReview, {
        materialId: material.id,
        decision: input.decision,
        problems,
        reviewerSubject: identity.subject!,
        reviewerName: identity.name,
        departmentCode: type.leadDepartmentCode,
        reviewedAt: now,
      } as MaterialReview),
    );
    await publishEvent(tx, {
      topic: 'materials.material.reviewed',
      key: material.id,
      payload: {
        materialId: material.id,
        applicantId: material.applicantId,
        materialTypeCode: material.materialTypeCode,
        departmentCode: type.leadDepartmentCode,
        decision: input.decision,
        problems,
        validUntil: material.validUntil?.toISOString() ?? null,
        at: now.toISOString(),
      },
    });
    return material;
  });
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
