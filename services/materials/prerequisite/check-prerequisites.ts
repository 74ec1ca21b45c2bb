import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, clock, DomainError, isUuid, notFound } from '../../kit';
import { Applicant } from '../applicant/applicant.entity';
import { MaterialType } from '../material-type/material-type.entity';
import { Material } from '../material/material.entity';
import { MaterialStatus } from '../material/material-status';
import { MaterialReview } from '../review/material-review.entity';
import type { PrerequisiteCheck, RequirementCheck } from './prerequisite-check';
import { RequirementState } from './requirement-state';
import { prerequisiteVerdict } from './judge-verdict';

export interface MaterialRequirement {
  materialTypeCode: string;
  core: boolean;
  mayBeMissingUnderCommitment: boolean;
}

export const maxRequirements = 50;

/**
 * The one prerequisite gate: for each material an application requires, whether the applicant's
 * current version can be reused as it is. The joint-approval flow and the front-ends' "one notice
 * of everything still needed" both read this. Costs at most four statements, whatever the list.
 */
export async function checkPrerequisites(
  em: EntityManager,
  applicantId: string,
  requirements: MaterialRequirement[],
  now = clock.now(),
): Promise<PrerequisiteCheck> {
  validate(requirements);
  if (!isUuid(applicantId)) throw notFound('Applicant', applicantId);
  const codes = requirements.map((requirement) => requirement.materialTypeCode);
  const [applicant, types, materials] = await Promise.all([
    em.findOne(Applicant, { id: applicantId }),
    em.find(MaterialType, { code: { $in: codes } }),
    em.find(Material, { applicantId, materialTypeCode: { $in: codes }, supersededAt: null }),
  ]);
  if (!applicant) throw notFound('Applicant', applicantId);
  const typeByCode = new Map(types.map((type) => [type.code, type]));
  const unknown = codes.filter((code) => !typeByCode.has(code));
  if (unknown.length > 0) {
    throw new DomainError(
      'UNKNOWN_MATERIAL_TYPE',
      `Unknown material types: ${unknown.join(', ')}.`,
      {
        codes: unknown,
      },
    );
  }
  const currentByType = new Map(materials.map((material) => [material.materialTypeCode, material]));
  const rejected = materials.filter((material) => material.status === MaterialStatus.REJECTED);
  const reviews = rejected.length
    ? await em.find(MaterialReview, { materialId: { $in: rejected.map((m) => m.id) } })
    : [];
  const problemsOf = new Map(reviews.map((review) => [review.materialId, review.problems]));

  const checks = requirements.map((requirement): RequirementCheck => {
    const type = typeByCode.get(requirement.materialTypeCode)!;
    const material = currentByType.get(type.code) ?? null;
    const state = stateOf(requirement, material, now);
    return {
      materialType: type,
      core: requirement.core,
      state,
      material,
      notice: noticeOf(state, type, material, problemsOf),
    };
  });
  return { verdict: prerequisiteVerdict(checks.map((check) => check.state)), requirements: checks };
}

function validate(requirements: MaterialRequirement[]): void {
  if (requirements.length === 0 || requirements.length > maxRequirements) {
    throw badInput(`Give between 1 and ${maxRequirements} requirements.`, {
      count: requirements.length,
    });
  }
  const codes = requirements.map((requirement) => requirement.materialTypeCode);
  const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
  if (repeated.length > 0) {
    throw badInput(`Each material type may be required once: ${repeated.join(', ')}.`, {
      repeated,
    });
  }
  const coreUnderCommitment = requirements.filter((r) => r.core && r.mayBeMissingUnderCommitment);
  if (coreUnderCommitment.length > 0) {
    throw badInput('A core material can never be accepted missing under commitment.', {
      codes: coreUnderCommitment.map((r) => r.materialTypeCode),
    });
  }
}

function stateOf(
  requirement: MaterialRequirement,
  material: Material | null,
  now: Date,
): RequirementState {
  if (!material) {
    return requirement.mayBeMissingUnderCommitment
      ? RequirementState.MISSING_UNDER_COMMITMENT
      : RequirementState.MISSING;
  }
  if (material.status === MaterialStatus.PENDING) {
    // Reform rule (acceptance with missing materials, 容缺受理): a non-core material the items
    // allow to be missing is no worse for having been handed over and waiting for its review.
    return requirement.mayBeMissingUnderCommitment
      ? RequirementState.PENDING_UNDER_COMMITMENT
      : RequirementState.PENDING;
  }
  if (material.status === MaterialStatus.REJECTED) return RequirementState.REJECTED;
  return material.isExpiredAt(now) ? RequirementState.EXPIRED : RequirementState.VERIFIED;
}

function noticeOf(
  state: RequirementState,
  type: MaterialType,
  material: Material | null,
  problemsOf: Map<string, string[]>,
): string[] {
  switch (state) {
    case RequirementState.VERIFIED:
      return [];
    case RequirementState.PENDING:
      return [`${type.name} waits for its review by ${type.leadDepartmentCode}.`];
    case RequirementState.MISSING:
      return [`Hand over ${type.name}.`];
    case RequirementState.MISSING_UNDER_COMMITMENT:
      return [`${type.name} may be handed over later, under a written commitment.`];
    case RequirementState.PENDING_UNDER_COMMITMENT:
      return [
        `${type.name} waits for its review by ${type.leadDepartmentCode}; the case may be accepted under commitment meanwhile.`,
      ];
    case RequirementState.EXPIRED:
      return [
        `${type.name} expired on ${material!.validUntil!.toISOString().slice(0, 10)}; hand over a new version.`,
      ];
    case RequirementState.REJECTED:
      return (problemsOf.get(material!.id) ?? []).map((problem) => `${type.name}: ${problem}`);
  }
}
