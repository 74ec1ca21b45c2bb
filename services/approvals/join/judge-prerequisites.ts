import type { PrerequisitesCheckedPayload, RequirementStatePayload } from '../../contracts';
import type { MaterialRequirement } from '../case/material-requirement';
import type { NoticeEntry } from '../case/notice-entry';

type Checked = PrerequisitesCheckedPayload['requirements'][number];

/** Core materials must be verified; others verified, or missing where the items allow it. */
const acceptable = (requirement: MaterialRequirement, state: RequirementStatePayload) =>
  state === 'VERIFIED' ||
  (state === 'MISSING_UNDER_COMMITMENT' &&
    requirement.mayBeMissingAtAcceptance &&
    !requirement.core);

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
        state: state === 'MISSING_UNDER_COMMITMENT' ? 'MISSING' : state,
        problems: entry?.problems.length ? entry.problems : ['Not handed over.'],
      });
    } else if (state === 'MISSING_UNDER_COMMITMENT') {
      committed.push(requirement.materialTypeCode);
    }
  }
  return { notice, committed };
}
