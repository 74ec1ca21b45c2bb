import type { Case } from '../case/case.entity';

/** Committed materials not verified yet. */
export const outstandingCommitment = (
  kase: Pick<Case, 'commitmentMaterialTypeCodes' | 'commitmentVerifiedCodes'>,
) =>
  kase.commitmentMaterialTypeCodes.filter((code) => !kase.commitmentVerifiedCodes.includes(code));

/**
 * Reform rule (acceptance with missing materials, 容缺受理): a case accepted under commitment
 * delivers no licence until every committed material is verified, unless the center records a
 * documented exception.
 */
export const commitmentKept = (
  kase: Pick<
    Case,
    'commitmentMaterialTypeCodes' | 'commitmentVerifiedCodes' | 'commitmentException'
  >,
) => kase.commitmentException !== null || outstandingCommitment(kase).length === 0;
