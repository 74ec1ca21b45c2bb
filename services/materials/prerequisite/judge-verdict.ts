import { PrerequisiteVerdict } from './prerequisite-verdict';
import { RequirementState } from './requirement-state';

/**
 * The verdict of the one-time check from each requirement's state: anything missing, rejected or
 * expired makes it incomplete; else anything pending awaits review; else a material missing
 * under commitment still lets the case be accepted.
 */
export function prerequisiteVerdict(states: RequirementState[]): PrerequisiteVerdict {
  const any = (...wanted: RequirementState[]) => states.some((state) => wanted.includes(state));
  if (any(RequirementState.MISSING, RequirementState.REJECTED, RequirementState.EXPIRED)) {
    return PrerequisiteVerdict.INCOMPLETE;
  }
  if (any(RequirementState.PENDING)) return PrerequisiteVerdict.AWAITING_REVIEW;
  if (any(RequirementState.MISSING_UNDER_COMMITMENT, RequirementState.PENDING_UNDER_COMMITMENT)) {
    return PrerequisiteVerdict.SATISFIED_UNDER_COMMITMENT;
  }
  return PrerequisiteVerdict.SATISFIED;
}
