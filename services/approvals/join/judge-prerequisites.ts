import type { PrerequisitesCheckedPayload, RequirementStatePayload } from '../../contracts';
import type { MaterialRequirement } from '../case/material-requirement';
import type { NoticeEntry } from '../case/notice-entry';

type Checked = PrerequisitesCheckedPayload['requirements'][number];

/** Missing, or handed over but not verified yet: either way accepted under commitment. */
const underCommitment = (state: RequirementStatePayload) =>
  state === 'MISSING_UNDER_COMMITMENT' || state === 'PENDING_UNDER_COMMITMENT';

/**
 * Core materials must be verified; others verified, or missing where the items allow it. Reform
 * rule (容缺受理): a non-core material waiting for its review counts as missing, not as refused.
 */
const acceptable = (requirement: MaterialRequirement, state: RequirementStatePayload) =>
  state === 'VERIFIED' ||
  (underCommitment(state) && requirement.mayBeMissingAtAcceptance && !requirement.core);

/**
 * Acceptance or the one notice, from materials' check: every requirement the case's items add up
 * to, against the state materials found it in. A requirement materials did not report is missing.
 */
export function judgePrerequisites(
  requirements: MaterialRequirement[],
  checked: Checked[],
): { notice: NoticeEntry[]; committed: string[] } {
  const byCode = new Map(checked.map((entry) => [entry.materialTypeCode, entry]));
  const notice: NoticeEntry[] = [];
  const committed: string[] = [];
  for (const requirement of requirements) {
    const entry = byCode.get(requirement.materialTypeCode);
    const state = entry?.state ?? 'MISSING';
    if (!acceptable(requirement, state)) {
      notice.push({
        materialTypeCode: requirement.materialTypeCode,
        state:
          state === 'MISSING_UNDER_COMMITMENT'
            ? 'MISSING'
            : state === 'PENDING_UNDER_COMMITMENT'
              ? 'PENDING'
              : state,
        problems: entry?.problems.length ? entry.problems : ['Not handed over.'],
      });
    } else if (underCommitment(state)) {
      committed.push(requirement.materialTypeCode);
    }
  }
  return { notice, committed };
}
