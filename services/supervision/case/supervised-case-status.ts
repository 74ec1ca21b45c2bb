import { CaseStatus } from '../../kit';

export const finishedCaseStatuses = [
  CaseStatus.COMPLETED,
  CaseStatus.REJECTED,
  CaseStatus.WITHDRAWN,
];
