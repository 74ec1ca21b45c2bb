import { CaseStatus } from '../../kit';

export { CaseStatus };

/** A case in one of these will never change again. */
export const closedCaseStatuses: readonly CaseStatus[] = [
  CaseStatus.RETURNED,
  CaseStatus.COMPLETED,
  CaseStatus.REJECTED,
  CaseStatus.WITHDRAWN,
];
